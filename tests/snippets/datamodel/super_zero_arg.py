class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__
    @staticmethod
    def static():
        return "A.static"

class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    def via_inner(self):
        def inner():
            return __class__.__name__
        return inner()
    def lazy(self):
        return lambda: super(B, self).hello()
    def show(self):
        s = super()
        return type(s).__name__, s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__

class C(B):
    def hello(self):
        return "C>" + super().hello()

c = C()
print(c.hello())
print(C.make(), B.make())
print(c.via_inner(), c.lazy()())
print(c.show())
print(super(B, c).static(), super(C, C).make())

class Cell:
    def uses_cell(self):
        self = "replaced"
        return super().__repr__
try:
    Cell().uses_cell()
except TypeError as e:
    print("TypeError:", e)

class Captured:
    def method(self):
        f = lambda: self
        return super().__class__.__name__, f() is self
print(Captured().method())

class D(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)
d = D()
d["x"] = 21
print(d)

class E(Exception):
    def __init__(self, msg):
        super().__init__("E: " + msg)
print(E("boom"))
