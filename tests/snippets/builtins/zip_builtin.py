# zip(): shortest wins, no arguments, strict=True errors
print(list(zip("abc", range(5))), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
z = zip([1], [2])
print(type(z).__name__, iter(z) is z, next(z), next(z, "end"))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1], [2, 3]), ([1, 2], [2]), ([1, 2], [2], [3, 4]), ([1, 2], [1, 2], [3]), ([1, 2, 3], [1], [3])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
for call in [lambda: zip(1), lambda: zip([], 1), lambda: zip(foo=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
