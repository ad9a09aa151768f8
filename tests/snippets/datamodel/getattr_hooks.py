class Lazy:
    existing = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("computed_"):
            return name[9:].upper()
        raise AttributeError(f"{type(self).__name__} has no {name!r}")

l = Lazy()
print(l.existing, l.inst, l.computed_value)
print(getattr(l, "computed_x"), getattr(l, "nope", "default"), hasattr(l, "nope"))
try:
    l.nope
except AttributeError as e:
    print("AttributeError:", e)

class Tracing:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("__getattr__", name)
        return 42
t = Tracing()
print(t.x)
print(t.missing)
print(type(t).__name__)

class Blocking:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("blocked")
        return object.__getattribute__(self, name)
    secret = "hidden"
    visible = "shown"
b = Blocking()
print(b.visible, hasattr(b, "secret"))
try:
    b.secret
except AttributeError as e:
    print("AttributeError:", e)

class PropFails:
    @property
    def broken(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return "fallback:" + name
print(PropFails().broken)

class OtherError:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    OtherError().x
except KeyError as e:
    print("KeyError:", e)

class Dunder:
    def __getattr__(self, name):
        return lambda *a: "via getattr " + name
d = Dunder()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)
