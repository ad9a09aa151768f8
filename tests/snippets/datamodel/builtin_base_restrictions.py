for base in ("bool", "type(None)", "type(len)", "range", "slice", "type(lambda: 0)"):
    try:
        exec(f"class X({base}): pass")
        print("ok", base)
    except TypeError as e:
        print("TypeError:", e)

class MyType(type):
    pass
print(type(MyType("Dyn", (), {})).__name__)

class IntStr(int):
    def __str__(self):
        return "IntStr!"
i = IntStr(3)
print(str(i), repr(i), i + 1, f"{i!s}", f"{i!r}")

class D(dict):
    pass
class L(list):
    pass
try:
    class Both(D, L):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class IntFloat(int, float):
        pass
except TypeError as e:
    print("TypeError:", e)
class E1(Exception):
    pass
class E2(ValueError, KeyError):
    pass
print([c.__name__ for c in E2.__mro__])
try:
    class Conflict(OSError, AttributeError):
        pass
    print("OSError + AttributeError ok")
except TypeError as e:
    print("TypeError:", e)
for name in ("NoneType", "function", "generator", "builtin_function_or_method"):
    t = {"NoneType": type(None), "function": type(lambda: 0), "generator": type((x for x in ())), "builtin_function_or_method": type(len)}[name]
    try:
        r = t()
        print(name, "->", repr(r))
    except TypeError as e:
        print("TypeError:", e)
