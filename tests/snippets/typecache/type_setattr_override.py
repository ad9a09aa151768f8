# A metaclass overriding __setattr__, type.__setattr__ called directly, __set_name__ and slots.
class Meta(type):
    def __setattr__(cls, name, value):
        if name == "n":
            value = value * 2
        super().__setattr__(name, value)


class Tracked:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        return "tracked:" + self.name


class A(metaclass=Meta):
    n = 1
    t = Tracked()
    __slots__ = ("x",)

    def __init__(self):
        self.x = 0

    def get(self):
        return self.n, self.t, self.x


def main():
    a = A()
    r = []
    for i in range(1500):
        r.append(a.get()[0])
        A.n = i
        if i == 1000:
            type.__setattr__(A, "n", -1)
            r.append(a.get())
    print(r[:3], r[999:1004], r[-1], A.n)
    for i in range(1200):
        a.x = i
        A.n = "s%d" % (i % 3)
    print(a.get())
    try:
        a.n = 5
    except AttributeError as e:
        print("AttributeError", e)


main()
