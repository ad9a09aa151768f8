# Attribute loads on class objects in hot loops: plain values, functions, classmethods, staticmethods,
# properties, builtin types' attributes, and what can change them (metaclass attributes, subclasses,
# deletion, __class__ of the class).
class Meta(type):
    pass


class Meta2(type):
    pass


class A(metaclass=Meta):
    n = 0

    def f(self):
        return "f"

    @classmethod
    def cm(cls):
        return "cm:" + cls.__name__

    @staticmethod
    def sm():
        return "sm"

    @property
    def p(self):
        return "p"


class B(A):
    pass


def snapshot(cls):
    return (cls.n, cls.f(None), cls.cm(), cls.sm(), type(cls.p).__name__, cls.f.__name__)


def main():
    log = []
    for i in range(3000):
        log.append(snapshot(B))
        if not 900 < i <= 1100:
            A.n = i
        if i == 500:
            B.n = "own"
        elif i == 700:
            del B.n
        elif i == 900:
            Meta.n = property(lambda cls: "meta-data")
        elif i == 1100:
            del Meta.n
        elif i == 1300:
            Meta.cm = lambda cls: "meta-plain"   # a non-data meta attribute: the class's own wins
        elif i == 1500:
            del Meta.cm
            A.sm = staticmethod(lambda: "sm2")
        elif i == 1700:
            B.__class__ = Meta2
        elif i == 1900:
            Meta2.__getattr__ = lambda cls, name: "ga"
            Meta2.__getattribute__ = lambda cls, name: "gattr:" + name if name == "n" else type.__getattribute__(cls, name)
        elif i == 2100:
            del Meta2.__getattribute__
        elif i == 2300:
            A.f = lambda self: "f2"
        elif i == 2600:
            A.__dict__["cm"].__init__(lambda cls: "reinit:" + cls.__name__)
    out = []
    for s in log:
        key = tuple("int" if isinstance(v, int) else v for v in s)
        if not out or out[-1][0] != key:
            out.append([key, 1])
        else:
            out[-1][1] += 1
    for k, n in out:
        print(n, k)
    try:
        for i in range(1200):
            x = A.missing if i == 1100 else A.n
    except AttributeError as e:
        print("AttributeError", e)


main()
