class FakeClass:
    def __init__(self, *bases):
        self.__bases__ = tuple(bases)

root = FakeClass()
mid = FakeClass(root)
leaf = FakeClass(mid)

class Inst:
    def __init__(self, cls):
        self.__class__ = cls if isinstance(cls, type) else Inst
        self._cls = cls
    def __getattribute__(self, name):
        if name == "__class__":
            return object.__getattribute__(self, "_cls")
        return object.__getattribute__(self, name)

print(issubclass(leaf, root), issubclass(leaf, mid), issubclass(root, leaf))
print(isinstance(Inst(leaf), root), isinstance(Inst(root), leaf))
print(issubclass(leaf, (int, root)))

class NoBases:
    pass
for args in [(1, NoBases()), (1, 5), (1, (int, 5)), (1, (5, int))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [(5, int), (int, 5), (NoBases(), root), (leaf, NoBases())]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)

class Proxy:
    def __init__(self, target):
        self._t = target
    @property
    def __class__(self):
        return type(self._t)
p = Proxy([1, 2])
print(isinstance(p, list), isinstance(p, Proxy), type(p).__name__, p.__class__.__name__)
print(isinstance(True, (str, (bytes, (int,)))), isinstance(1, ()))
