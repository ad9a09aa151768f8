class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.__module__)
Outer.Inner.__name__ = "Renamed"
print(Outer.Inner.__name__, Outer.Inner.__qualname__, repr(Outer.Inner))
Outer.Inner.__qualname__ = "X.Y"
print(repr(Outer.Inner))
for attr, val in (("__name__", 5), ("__qualname__", None), ("__name__", "a\0b")):
    try:
        setattr(Outer, attr, val)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
for attr in ("__name__", "__qualname__"):
    try:
        delattr(Outer, attr)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    int.__name__ = "x"
except TypeError as ex:
    print("TypeError:", ex)
try:
    int.__qualname__ = "x"
except TypeError as ex:
    print("TypeError:", ex)
print(int.__module__, type.__module__, Outer.__module__)
Outer.__module__ = "elsewhere"
print(repr(Outer), Outer.__dict__["__module__"])
try:
    int.__module__ = "m"
except TypeError as ex:
    print("TypeError:", ex)
T = type("T", (), {})
print(T.__module__, T.__qualname__)
T2 = type("T2", (), {"__qualname__": "Custom.Q"})
print(T2.__qualname__, "__qualname__" in T2.__dict__)
try:
    type("T3", (), {"__qualname__": 5})
except TypeError as ex:
    print("TypeError:", ex)
print(type.__name__, type.__qualname__, object.__qualname__)
