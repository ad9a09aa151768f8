class Lazy:
    existing = "real"

    def __init__(self):
        self.loaded = "instance attr"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

obj = Lazy()
print(obj.existing, obj.loaded)
print(obj.dyn_value)
try:
    obj.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(obj, "missing", "default"), hasattr(obj, "dyn_x"), hasattr(obj, "nope"))

class Prop:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "fallback for " + name
print(Prop().broken)
