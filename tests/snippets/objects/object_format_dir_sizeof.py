class C:
    pass
c = C()
print(format(c, "") == str(c), c.__format__("") == str(c))
for spec in ("s", ">10", "d"):
    try:
        format(c, spec)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    c.__format__(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    object.__format__(c)
except TypeError as ex:
    print("TypeError:", ex)
class R:
    def __str__(self):
        return "R!"
print(format(R()), f"{R()}", f"{R()!r}"[:3])
c.b = 1
c.a = 2
d = c.__dir__()
print(type(d).__name__, sorted(d)[:3], "a" in d, "__class__" in d, "__dir__" in d)
print(dir(c) == sorted(d))
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as ex:
    print("TypeError:", ex)
print(type(object().__sizeof__()).__name__, object().__sizeof__() > 0)
try:
    object().__sizeof__(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    object().__dir__(1)
except TypeError as ex:
    print("TypeError:", ex)
