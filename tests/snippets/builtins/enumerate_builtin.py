# enumerate(): start values, keywords, type and repr shape
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate("ab", start=-1)))
print(list(enumerate(iterable="xy", start=5)), list(enumerate([], 3)), list(enumerate("ab", 2**70)))
e = enumerate([10, 20])
print(type(e).__name__, type(e) is enumerate, iter(e) is e, next(e), list(e))
for call in [lambda: enumerate(), lambda: enumerate(start=1), lambda: enumerate(1), lambda: enumerate([], "a"),
             lambda: enumerate([], 1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
