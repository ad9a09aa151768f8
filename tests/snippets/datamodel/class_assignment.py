class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B), isinstance(a, A))

class S1:
    __slots__ = ("v",)
class S2:
    __slots__ = ("v",)
class S3:
    __slots__ = ("w",)
s = S1()
s.v = 5
s.__class__ = S2
print(type(s).__name__, s.v)
for target in (S3, A, int, object):
    try:
        s.__class__ = target
        print("changed to", target.__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    a.__class__ = 42
except TypeError as e:
    print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
try:
    (5).__class__ = bool
except TypeError as e:
    print("TypeError:", e)

class L(list):
    pass
class L2(list):
    pass
l = L([1, 2])
l.__class__ = L2
print(type(l).__name__, l)
try:
    l.__class__ = A
except TypeError as e:
    print("TypeError:", e)
class Child(A):
    pass
c = Child()
c.__class__ = A
print(type(c).__name__, c.who())
