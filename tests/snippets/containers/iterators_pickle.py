# copy and pickle of containers and partly consumed iterators
import copy, pickle
def adv(it, n=1):
    for _ in range(n): next(it)
    return it
for it in (adv(iter([1, 2, 3])), adv(iter((1, 2, 3))), adv(iter(range(5))), adv(iter({1: 2, 3: 4})),
           adv(enumerate("abc")), adv(zip("ab", "cd")), adv(reversed([1, 2, 3])), adv(iter("xyz"))):
    c = copy.copy(it)
    p = pickle.loads(pickle.dumps(it))
    print(type(it).__name__, list(c), list(p), list(it))
print(copy.copy({1, 2}) == {1, 2}, copy.deepcopy([[1], (2, [3])]), copy.copy(range(3)), pickle.loads(pickle.dumps(frozenset([1, 2]))) == frozenset([1, 2]))
print(pickle.loads(pickle.dumps(slice(1, 2))), pickle.loads(pickle.dumps(range(10**20))), pickle.loads(pickle.dumps({"a": [1, (2,)]})))
class L(list): pass
l = L([1, 2]); l.x = 3
c = copy.deepcopy(l)
print(type(c).__name__, c, c.x)
