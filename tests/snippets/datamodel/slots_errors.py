cases = [
    "class A:\n    __slots__ = ('__dict__', '__dict__')",
    "class A:\n    __slots__ = ('__weakref__', '__weakref__')",
    "class A:\n    __slots__ = (1,)",
    "class A:\n    __slots__ = ('not an identifier',)",
    "class A:\n    __slots__ = ('',)",
    "class A:\n    __slots__ = ('x',)\n    x = 1",
    "class A:\n    __slots__ = 5",
    "class A(int):\n    __slots__ = ('a',)",
    "class A(tuple):\n    __slots__ = ('a',)",
    "class A(bytes):\n    __slots__ = ('a',)",
    "class Base:\n    pass\nclass A(Base):\n    __slots__ = ('__dict__',)",
    "class A:\n    __slots__ = ('__x',)\n    _A__x = 5",
    "class A:\n    __slots__ = ('__qualname__',)",
]
for src in cases:
    try:
        exec(src, {})
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class I(int):
    __slots__ = ()
print(I(5) + 1, hasattr(I(5), "__dict__"))
class T(tuple):
    __slots__ = ()
print(T((1, 2)), len(T((1, 2))))
