u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | int, int | str | int, list[int] | None)
print(isinstance(1, int | str), isinstance(1.5, int | str), issubclass(bool, int | str), isinstance(None, int | None))
print(u == (str | int), hash(u) == hash(str | int), (int | str) | float)
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
try: int | 5
except TypeError as e: print(e)
class C: pass
class C:
    pass
print(C | None, hasattr(u, "__instancecheck__"))
try:
    isinstance(1, list[int] | int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, str | list[int])
except TypeError as e:
    print("TypeError:", e)
def f(x: int | None = None) -> str | None:
    return None if x is None else str(x)
print(f(), f(3), f.__annotations__["x"])
try:
    isinstance(1, int | "str")
except TypeError as e:
    print("TypeError:", e)
