class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)

o = Logged()
o.a = 1
setattr(o, "b", 2)
print(o.__dict__)
del o.a
try:
    del o.zzz
except AttributeError as e:
    print("AttributeError:", e)
o.__dict__["direct"] = 3
print(o.direct)

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    __delattr__ = __setattr__
f = Frozen(1)
print(f.x)
for action in (lambda: setattr(f, "x", 2), lambda: delattr(f, "x")):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        object.__setattr__(self, name, value * 10)
v = Validated()
v.n = 4
print(v.n)
try:
    v.n = "x"
except TypeError as e:
    print("TypeError:", e)

try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(o, 5, 1)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    del Plain().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(Plain, "x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del Plain.nothing
except AttributeError as e:
    print("AttributeError:", e)
