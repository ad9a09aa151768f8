class Num:
    def __init__(self, v):
        self.v = v

a = Num(2)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
Num.__add__ = lambda self, other: Num(self.v + other)
print((a + 1).v)
Num.__radd__ = lambda self, other: "radd"
print(1 + a)
del Num.__add__
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)

class Child(Num):
    pass
Num.__len__ = lambda self: 7
print(len(Child(1)), bool(Child(1)))
Num.__bool__ = lambda self: False
print(bool(Child(1)))
Child.__bool__ = lambda self: True
print(bool(Child(1)), bool(Num(1)))
del Num.__len__
try:
    len(Child(1))
except TypeError as e:
    print("TypeError:", e)

Num.__repr__ = lambda self: f"Num<{self.v}>"
print(repr(Child(9)), [Num(1)])
Num.__eq__ = lambda self, other: True
print(Num(1) == 5, Child(1) != 5)
Num.__iter__ = lambda self: iter(range(self.v))
print(list(Child(3)))
Num.__getitem__ = lambda self, i: i * 100
print(Child(0)[5])
Num.__call__ = lambda self, *a: ("called", a)
print(Child(0)(1, 2))
Num.__getattr__ = lambda self, name: "dynamic " + name
print(Child(0).anything)
del Num.__getattr__
try:
    Child(0).anything
except AttributeError as e:
    print("AttributeError:", e)
Num.__hash__ = None
try:
    hash(Child(0))
except TypeError as e:
    print("TypeError:", e)
