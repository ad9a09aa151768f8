import operator
class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self):
        return self.v
class Len:
    def __len__(self): return 4
    def __length_hint__(self): return 99
class BadLen:
    def __len__(self): raise TypeError("no len")
    def __length_hint__(self): return 7
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(10))), operator.length_hint(object(), 5))
print(operator.length_hint(Len()), operator.length_hint(BadLen()), operator.length_hint(Hint(NotImplemented), 3))
print(operator.length_hint(iter([1, 2])), operator.length_hint(reversed([1, 2, 3])), operator.length_hint(x for x in []))
for bad in [Hint(-1), Hint("x"), Hint(2.0)]:
    try:
        operator.length_hint(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(operator.call(max, 1, 5, 3), operator.call(dict, a=1), operator.call(sorted, [3, 1], reverse=True))
print(operator.index(True), operator.index(10**30))
class I:
    def __index__(self): return 42
print(operator.index(I()), operator.getitem("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", I()))
