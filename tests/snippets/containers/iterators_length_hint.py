# __length_hint__ of the builtin iterators, and operator.length_hint
import operator
def lh(it):
    return it.__length_hint__() if hasattr(it, "__length_hint__") else "none"
l = [1, 2, 3]
it = iter(l); print(type(it).__name__, lh(it)); next(it); print(lh(it)); l.append(4); print(lh(it)); list(it); print(lh(it)); l.append(5); print(lh(it), list(it))
it = iter((1, 2)); print(type(it).__name__, lh(it)); next(it); print(lh(it)); next(it); print(lh(it))
it = iter(range(5)); print(lh(it)); next(it); print(lh(it))
it = iter(range(10**20)); print(type(it).__name__, lh(it)); next(it); print(lh(it))
d = {1: 1, 2: 2, 3: 3}
for itr in (iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.items())):
    a = lh(itr); next(itr); print(type(itr).__name__, a, lh(itr))
s = {1, 2, 3}
it = iter(s); print(type(it).__name__, lh(it)); next(it); print(lh(it)); list(it); print(lh(it))
it = reversed([1, 2, 3]); print(type(it).__name__, lh(it)); next(it); print(lh(it))
it = reversed(range(4)); print(type(it).__name__, lh(it)); next(it); print(lh(it))
it = reversed("abc"); print(type(it).__name__, lh(it)); next(it); print(lh(it))
it = iter("abc"); print(type(it).__name__, lh(it))
for obj in (enumerate([1]), zip([1]), map(str, [1]), filter(None, [1]), iter(lambda: 1, 2)):
    print(type(obj).__name__, lh(obj), operator.length_hint(obj, 42))
print(operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(7))))
class C:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
it = iter(C()); print(type(it).__name__, lh(it), list(it))
class WithLen(C):
    def __len__(self): return 3
it = iter(WithLen()); print(lh(it)); next(it); print(lh(it)); list(it); print(lh(it))
