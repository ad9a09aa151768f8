class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
class SA:
    __slots__ = ("x",)
class SB:
    __slots__ = ("y",)
class SC:
    __slots__ = ("x",)
s = SA()
for target in (SB, A, SC):
    try:
        s.__class__ = target
        print("ok", type(s).__name__)
    except TypeError as ex:
        print("TypeError:", ex)
for bad in (1, None, "B"):
    try:
        a.__class__ = bad
    except TypeError as ex:
        print("TypeError:", ex)
try:
    del a.__class__
except TypeError as ex:
    print("TypeError:", ex)
try:
    (1).__class__ = bool
except TypeError as ex:
    print("TypeError:", ex)
try:
    a.__class__ = int
except TypeError as ex:
    print("TypeError:", ex)
class L(list):
    pass
class L2(list):
    pass
l = L()
l.__class__ = L2
print(type(l).__name__)
try:
    l.__class__ = A
except TypeError as ex:
    print("TypeError:", ex)
import types
m = types.ModuleType("m")
class MyMod(types.ModuleType):
    pass
m.__class__ = MyMod
print(type(m).__name__)
