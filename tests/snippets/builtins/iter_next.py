# iter() and next() with defaults
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
s = iter("ab")
print(next(s), list(s))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
for call in [lambda: next(5), lambda: iter(5), lambda: next(), lambda: iter(), lambda: iter(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
