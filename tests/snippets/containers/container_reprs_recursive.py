# reprs of self-referencing containers
l = [1]
l.append(l)
print(l, repr(l), str(l))
d = {"a": 1}
d["self"] = d
print(d)
t = (l, d)
print(t)
d2 = {}
d2[1] = [d2, (d2,)]
print(d2)
s = set()
class H:
    def __init__(self, s): self.s = s
    def __hash__(self): return 1
    def __repr__(self): return "H(" + repr(self.s) + ")"
s.add(H(s))
print(s)
print((1,), (), ((),), ([],), [()], [[]], {(): []})
print(d.keys(), d.values())
dv = {}
dv[0] = dv.values()
print(dv)
di = {}
di[0] = di.items()
print(di)
class L(list):
    pass
ll = L([1])
ll.append(ll)
print(ll)
print(repr([[[[[]]]]]))
