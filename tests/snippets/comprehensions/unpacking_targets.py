# comprehension targets can unpack, including starred targets
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n * s for n, s in pairs])
print({s: n for n, s in pairs})
rows = [(1, 2, 3, 4), (5, 6), (7,)]
print([(head, rest) for head, *rest in rows])
nested = [((1, 2), 3), ((4, 5), 6)]
print([a + b + c for (a, b), c in nested])
print([x for [x] in [[1], [2]]])
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print("ValueError:", e)
d = {"x": 1, "y": 2}
print(sorted(f"{k}={v}" for k, v in d.items()))
