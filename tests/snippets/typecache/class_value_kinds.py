# A plain class value replaced by a descriptor, a function, a property, a heap-type object and back.
class Desc:
    def __get__(self, obj, owner):
        return ("desc", obj is not None)


class Plain:
    pass


class K:
    attr = 1


class L(K):
    pass


def f(self):
    return "method"


def main():
    k, l = K(), L()
    seen = []
    for i in range(2000):
        a = k.attr
        if isinstance(a, Plain):
            seen.append(("plain", l.attr is a))
        elif callable(a):
            seen.append(("call", a(), l.attr()))
        else:
            seen.append((a, l.attr))
        if i == 300:
            K.attr = Desc()
        elif i == 600:
            K.attr = 7
        elif i == 900:
            K.attr = f
        elif i == 1200:
            K.attr = property(lambda self: "prop")
        elif i == 1400:
            K.attr = Plain()
        elif i == 1500:
            Plain.__get__ = lambda self, obj, owner: "late get"
        elif i == 1600:
            K.attr = (1, 2)
        elif i == 1800:
            del K.attr
            K.attr = "back"
    out = []
    for s in seen:
        if not out or out[-1][0] != s:
            out.append([s, 1])
        else:
            out[-1][1] += 1
    for s, n in out:
        print(n, s)


main()
