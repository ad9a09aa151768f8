# map(): one and several iterables, laziness, errors
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [4, 5, 6])), list(map(lambda x: x * 2, range(3))))
m = map(len, ["a", "bb"])
print(type(m).__name__, next(m), list(m), list(m))
log = []
lazy = map(log.append, [1, 2])
print(log)
next(lazy)
print(log)
for call in [lambda: map(), lambda: map(len), lambda: map(func=len), lambda: map(len, 1), lambda: next(map(len, ["ab"], [1]))]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
