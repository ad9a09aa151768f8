T = type("T", (object,), {"x": 1, "f": lambda self: 2})
print(T.__name__, T.x, T().f(), T.__bases__, type(T))
print(type(5), type("s") is str)
bad = [
    (),
    ("a", "b"),
    ("a", (), {}, 1),
    (1, (), {}),
    ("a", 1, {}),
    ("a", (), 1),
    ("a", (1,), {}),
    ("a", (bool,), {}),
    ("a", (int, str), {}),
    ("a\0", (), {}),
]
for args in bad:
    try:
        type(*args)
        print("ok", args)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
try:
    type("a", (), {}, x=1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    type.__new__(int, "a", (), {})
except TypeError as ex:
    print("TypeError:", ex)
try:
    type.__new__(type, "a", (), {"__slots__": 1})
except TypeError as ex:
    print("TypeError:", ex)
try:
    type.__init__(T, 1, 2)
except TypeError as ex:
    print("TypeError:", ex)
class M(type):
    pass
class A(metaclass=M): pass
class N(type):
    pass
class B(metaclass=N): pass
try:
    class Cx(A, B): pass
except TypeError as ex:
    print("TypeError:", ex)
