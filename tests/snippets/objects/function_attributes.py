def f(a, b=2, *, c=3):
    "doc"
    return a
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__closure__, type(f.__globals__).__name__, f.__globals__ is globals(), f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else f.__builtins__ is __builtins__)
print(f.__dict__, f.__annotations__)
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
try:
    f(1)
except TypeError as ex:
    print("TypeError:", ex)
for attr, val in (("__defaults__", [1]), ("__kwdefaults__", [1]), ("__name__", 1), ("__qualname__", None),
                  ("__annotations__", 5), ("__dict__", 5), ("__code__", 1), ("__closure__", ())):
    try:
        setattr(f, attr, val)
    except (TypeError, AttributeError) as ex:
        print(attr, type(ex).__name__ + ":", ex)
f.__kwdefaults__ = {"c": 9}
print(f.__kwdefaults__)
del f.__kwdefaults__
print(f.__kwdefaults__)
del f.__defaults__
print(f.__defaults__)
f.__name__ = "g"
f.__qualname__ = "Q.g"
f.__doc__ = 5
f.__module__ = None
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, repr(f).startswith("<function Q.g at 0x"))
f.__annotations__ = {"a": int}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
f.attr = 1
print(f.__dict__)
f.__dict__ = {"x": 2}
print(f.x)
try:
    del f.__dict__
except TypeError as ex:
    print("TypeError:", ex)
for attr in ("__name__", "__qualname__", "__code__", "__globals__"):
    try:
        delattr(f, attr)
    except (TypeError, AttributeError) as ex:
        print(attr, type(ex).__name__ + ":", ex)
def outer():
    x = 1
    def inner():
        return x
    return inner
i = outer()
print(type(i.__closure__).__name__, len(i.__closure__), i.__closure__[0].cell_contents, i.__code__.co_freevars)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
