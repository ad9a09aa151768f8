# next() with a default on every builtin iterator type once exhausted
its = [iter([]), iter(()), iter(range(0)), iter(range(10**20, 10**20)), iter({}), iter({}.values()), iter({}.items()),
       iter(set()), iter(""), reversed([]), reversed(range(0)), reversed({}), enumerate([]), zip([]), map(abs, []),
       filter(None, []), iter(lambda: 1, 1), reversed("")]
for it in its:
    print(type(it).__name__, next(it, "default"), next(it, None))
for it in (iter([1]), enumerate("a"), zip("a", "b")):
    print(next(it), next(it, "end"), next(it, "end"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(5)
except TypeError as e:
    print(e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(e)
