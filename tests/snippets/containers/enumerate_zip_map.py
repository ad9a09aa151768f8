# enumerate / zip / map / filter behaviour
print(list(enumerate([])), list(enumerate("ab", start=-2)), list(enumerate(range(3), True)))
e = enumerate("abc", 2**63 - 2)
print(list(e))
e = enumerate(iter([1, 2]))
print(next(e), iter(e) is e, list(e))
print(list(zip("abc", range(10), [True, False])), list(zip(*[(1, 2), (3, 4)])))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=False)))
z = zip([1, 2, 3], "ab")
print(list(z))
def gen(tag, n):
    for i in range(n):
        print("  gen", tag, i)
        yield i
print(list(zip(gen("a", 3), gen("b", 2))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(len, ["", "ab", [1]])), list(map(int, "123")))
m = map(lambda x: 1 // x, [1, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(m))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, (0, None, "", 3, [1]))))
f = filter(str.isalpha if hasattr(str, "isalpha") else None, [])
print(list(f))
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("  bool", self.v)
        return self.v > 1
print([t.v for t in filter(None, [Truthy(1), Truthy(2), Truthy(3)])])
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
print(isinstance(enumerate([]), enumerate), issubclass(zip, object), iter(zip()) is not None)
