# iterator pickling/copying through __reduce__ and __setstate__
def rebuild(it):
    r = it.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new
def show(it):
    c = rebuild(it)
    print(type(it).__name__, list(c), list(it))
def adv(it, n=1):
    for _ in range(n): next(it)
    return it
show(adv(iter([1, 2, 3, 4])))
show(adv(iter((1, 2, 3))))
show(adv(iter(range(1, 10, 2))))
show(adv(iter(range(10**20, 10**20 + 3))))
show(adv(iter("hello"), 2))
show(adv(reversed([1, 2, 3])))
show(adv(reversed(range(5)), 2))
show(adv(iter({1: 2, 3: 4})))
show(adv(iter({1: 2, 3: 4}.items())))
show(adv(iter({1: 2, 3: 4}.values())))
show(adv(iter({1, 2, 3})))
show(adv(enumerate("abc", 5)))
show(adv(zip("abc", [1, 2, 3])))
show(adv(map(abs, [-1, -2, -3])))
show(adv(filter(None, [0, 1, 0, 2, 3])))
show(adv(reversed("abcd")))
print(iter([1, 2]).__reduce__(), iter((1,)).__reduce__()[1:])
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter((1, 2, 3)); it.__setstate__(10); print(list(it))
it = iter(range(5)); it.__setstate__(3); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
e = iter([1]); list(e); print(e.__reduce__())
print(enumerate([1], 3).__reduce__()[0], zip([1], strict=True).__reduce__()[2:])
z = zip([1], [2]); z.__setstate__(True); print(z.__reduce__()[2:])
print(range(1, 5, 2).__reduce__(), slice(1, 2).__reduce__(), (1, 2).__getnewargs__())
print(set([1]).__reduce__()[0], frozenset([1]).__reduce__()[:2])
try:
    iter([1]).__setstate__("a")
except TypeError as e:
    print(e)
