# unpacking in for-loop targets
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
for i, (num, name) in enumerate(pairs):
    print(i, num, name)
for first, *rest in ["abc", "d", "ef"]:
    print(first, rest)
for (a, b), [c] in [((1, 2), [3]), ("xy", "z")]:
    print(a, b, c)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print("ok", a, b)
except ValueError as e:
    print("ValueError:", e)
