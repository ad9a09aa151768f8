class C:
    pass
c = C()
object.__setattr__(c, "x", 1)
print(c.x, c.__dict__)
object.__delattr__(c, "x")
print(c.__dict__)
try:
    object.__delattr__(c, "x")
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    object.__setattr__(c, 1, 2)
except TypeError as ex:
    print("TypeError:", ex)
try:
    object.__setattr__(1, "real", 2)
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    object.__setattr__(int, "x", 1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    object().x = 1
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    del object().x
except AttributeError as ex:
    print("AttributeError:", ex)
print(object.__getattribute__(c, "__class__").__name__)
try:
    object.__getattribute__(c, "nope")
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    getattr(c, 5)
except TypeError as ex:
    print("TypeError:", ex)
class Slots:
    __slots__ = ("a",)
s = Slots()
try:
    s.b = 1
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    s.a
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    del s.a
except AttributeError as ex:
    print("AttributeError:", ex)
print(vars(c), vars(C)["__module__"])
try:
    vars(1)
except TypeError as ex:
    print("TypeError:", ex)
