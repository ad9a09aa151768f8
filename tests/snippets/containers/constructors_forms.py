# constructors of the container types from every kind of argument
def gen():
    yield ("a", 1)
    yield ["b", 2]
print(dict(gen()), dict([("x", 1)], y=2), dict(zip("ab", "cd")), dict({"k": 1}.items()), dict(**{"z": 0}), dict([]))
print(list({"a": 1}.values()), list(iter((1, 2))), list(map(str, [1])), list(frozenset([7])))
print(tuple([1, [2]]), tuple(range(2, -2, -1)), tuple({"k": None}), tuple(x for x in ""), tuple(reversed("ab")))
print(sorted(set({"a": 1, "b": 2})), set(range(3)) == {0, 1, 2}, set(iter([1, 1])), set(()), sorted(frozenset("cab")))
f = frozenset([1, 2])
print(frozenset(f) is f, frozenset() == frozenset(()), set(f) is f, type(set(f)).__name__)
print(range(3) == range(0, 3), slice(None, 5) == slice(5), list(range(True)), list(range(False, True + 2)))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), tuple(It()), set(It()), dict.fromkeys(It()), sorted(It(), reverse=True), [*It()], (*It(),), {*It()})
print(dict(a=1, **{"b": 2}), dict({"a": 1}, a=2))
