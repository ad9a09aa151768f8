# enumerate, zip(strict=), map, filter, reversed: arguments and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(list(enumerate("ab")), list(enumerate("ab", -1)), list(enumerate("ab", start=10**20)), list(enumerate(iterable="xy", start=2)))
t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: enumerate([], "a"))
t(lambda: enumerate([], 1.5))
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], foo=1))
t(lambda: enumerate(start=1))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], strict=False)))
t(lambda: list(zip("ab", [1, 2, 3], strict=True)))
t(lambda: list(zip("abc", [1, 2], strict=True)))
t(lambda: list(zip("ab", "ab", "a", strict=True)))
t(lambda: list(zip("a", "ab", "ab", strict=True)))
t(lambda: list(zip("ab", "ab", "abc", strict=True)))
t(lambda: list(zip("abc", "ab", "ab", strict=True)))
t(lambda: list(zip("ab", "ab", strict=True)))
t(lambda: zip(1))
t(lambda: zip([], 1))
t(lambda: zip([], foo=1))
t(lambda: list(zip(strict=True)))
print(list(map(pow, [2, 3], [3, 2, 1])), list(map(str.upper, "ab")), list(map(lambda *a: a, "ab", "cd", "ef")))
t(lambda: map())
t(lambda: map(str))
t(lambda: map(str, 1))
t(lambda: list(map(5, [1])))
t(lambda: map(str, [], x=1))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])), list(filter(bool, [0, 2])))
t(lambda: filter())
t(lambda: filter(None))
t(lambda: filter(None, 1))
t(lambda: list(filter(5, [1])))
t(lambda: filter(None, [], x=1))
print(list(reversed([1, 2])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))), list(reversed({1: 1, 2: 2})))
t(lambda: reversed())
t(lambda: reversed(1))
t(lambda: reversed({1}))
t(lambda: reversed(iter([1])))
t(lambda: reversed([], []))
t(lambda: reversed(seq=[]))
class NoRev:
    __reversed__ = None
    def __getitem__(self, i): return i
    def __len__(self): return 2
t(lambda: reversed(NoRev()))
class Seq:
    def __getitem__(self, i): return i * 10
    def __len__(self): return 3
print(list(reversed(Seq())), type(reversed(Seq())).__name__)
print(enumerate.__class_getitem__(int), enumerate[str])
class E(enumerate):
    pass
e = E("ab", 1)
e.x = 5
print(list(e), e.x, type(e).__name__)
class Z(zip):
    def __next__(self):
        return ("z",) + super().__next__()
print(list(Z("ab", "cd")))
print(type(map).__name__, type(iter(lambda: 1, 2)).__name__, type(iter([])).__name__)
