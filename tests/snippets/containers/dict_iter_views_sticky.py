# errors from dict view iterators are sticky; reversed iterators too
for make in (lambda d: iter(d.keys()), lambda d: iter(d.values()), lambda d: iter(d.items()), lambda d: reversed(d), lambda d: reversed(d.items())):
    d = {1: 1, 2: 2}
    it = make(d)
    next(it)
    d[3] = 3
    for _ in range(2):
        try:
            print(next(it))
        except RuntimeError as e:
            print(type(it).__name__, e)
    del d[3]
    try:
        print(next(it))
    except RuntimeError as e:
        print("after restore:", e)
d = {1: 1, 2: 2}
it = iter(d)
next(it)
del d[1]
d[9] = 9
print(list(it) if False else "")
try:
    print(next(it), next(it))
except RuntimeError as e:
    print(e)
try:
    print(next(it))
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__)
