# popitem is LIFO; insertion order is kept across deletes and re-inserts
d = {}
for i in range(10):
    d[i] = i * i
del d[3], d[7]
d[3] = "again"
print(list(d), list(d.values()))
out = []
while d:
    out.append(d.popitem())
print(out)
try:
    d.popitem()
except KeyError as e:
    print(repr(e), e.args)
d = dict.fromkeys("abcdef")
d.pop("c"); d["c"] = 1; d["a"] = 2
print(d, list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
big = {i: str(i) for i in range(10000)}
for i in range(0, 10000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], big.popitem())
big.update((i, i) for i in range(5))
print(list(big.items())[-5:])
