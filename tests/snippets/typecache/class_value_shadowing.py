# Shadowing a rebinding-class value: __getattr__/__getattribute__ added, a metaclass data descriptor,
# __bases__ and __class__ assignment, a subclass defining the name later.
class Meta(type):
    pass


class A(metaclass=Meta):
    v = 0


class B(A):
    pass


class Other:
    v = "other"


def main():
    b = B()
    log = []
    for i in range(2500):
        log.append(b.v)
        A.v += 1
        if i == 500:
            B.v = "sub"
        if i == 700:
            del B.v
        if i == 900:
            A.__getattribute__ = lambda self, name: "ga:" + name
        if i == 1100:
            del A.__getattribute__
        if i == 1300:
            b.__class__ = Other
        if i == 1500:
            b.__class__ = B
        if i == 1700:
            class C:
                v = "c"
            B.__bases__ = (C,)
        if i == 1900:
            B.__bases__ = (A,)
    out = []
    for s in log:
        key = s if isinstance(s, str) else "int"
        if not out or out[-1][0] != key:
            out.append([key, 1, s])
        else:
            out[-1][1] += 1
    print(out)
    # A metaclass data descriptor intercepts the class-level write; instances don't see it.
    Meta.v = property(lambda cls: "meta", lambda cls, val: log.append(("meta set", val)))
    for i in range(1200):
        A.v = i
    print(A.v, b.v, log[-1], A.__dict__["v"])


main()
