class C:
    pass
c = C()
print(c.__getstate__())
c.a = 1
print(c.__getstate__())
class S:
    __slots__ = ("x", "y")
s = S()
print(s.__getstate__())
s.x = 1
print(s.__getstate__())
class SD:
    __slots__ = ("x", "__dict__")
sd = SD()
sd.x = 1
sd.z = 2
print(sd.__getstate__())
print(object().__getstate__())
try:
    object().__getstate__(1)
except TypeError as ex:
    print("TypeError:", ex)
class Sub(S):
    __slots__ = ("z",)
u = Sub()
u.z = 3
u.y = 2
print(u.__getstate__())
