# iter(callable, sentinel): stops at the sentinel (compared with ==), on StopIteration, and stays exhausted
data = [1, 2, 3, 0, 4]
pos = 0
def nxt():
    global pos
    pos += 1
    return data[pos - 1]
it = iter(nxt, 0)
print(type(it).__name__, list(it), pos, list(it), pos)
class Eq:
    def __eq__(self, o): return o == 2
vals = iter([1, 2, 3])
print(list(iter(lambda: next(vals), Eq())))
class Sentinel:
    def __eq__(self, o):
        print("  compare", o)
        return False
src = iter([1, 2])
def f():
    return next(src)
print(list(iter(f, Sentinel())))
def boom():
    raise ValueError("inside")
try:
    list(iter(boom, 1))
except ValueError as e:
    print("ValueError", e)
it = iter(int, 1)
print(next(it), next(it))
print(list(iter([3, 2, 1].pop, 1)))
try:
    iter(None, 1)
except TypeError as e:
    print(e)
print(iter(it) is it, hasattr(it, "__next__"))
