# A method called many times on the same instances, then shadowed through the instance dict in various ways.
class T:
    kind = "class"

    def __init__(self, n):
        self.n = n

    def m(self):
        return "method%d" % self.n


class U(T):
    pass


def main():
    objs = [T(0), T(1), U(2), U(3)]
    log = []
    for i in range(4000):
        o = objs[i % 4]
        log.append((o.m(), o.kind))
        if i == 1000:
            objs[0].m = lambda: "attr0"
        elif i == 1500:
            objs[1].__dict__["m"] = lambda: "dict1"
        elif i == 2000:
            objs[2].__dict__ = {"n": 2, "kind": "inst2"}
        elif i == 2500:
            vars(objs[3]).update(m=lambda: "vars3", kind="inst3")
        elif i == 3000:
            del objs[0].m
            del objs[1].__dict__["m"]
            objs[2].__dict__.clear()
            objs[2].n = 22
        elif i == 3500:
            setattr(objs[2], "m", lambda: "setattr2")
    for k in range(4):
        out = []
        for s in log[k::4]:
            if not out or out[-1][0] != s:
                out.append([s, 1])
            else:
                out[-1][1] += 1
        print(k, out)


main()
