# len/bool/clear/copy keep views and iterators consistent
d = {i: str(i) for i in range(5)}
k = d.keys()
c = d.copy()
d.clear()
print(len(d), bool(d), list(k), len(c), c[4])
d.update(c)
print(len(k), list(k) == list(c), d == c, d is not c)
del d[0]
print(d == c, {**c, 0: "0"} == c)
e = {}
print(bool(e), len(e.items()), list(reversed(e)), e.get(1), e.setdefault(1, []), e)
e[1].append(2)
print(e, e.copy()[1] is e[1])
big = dict.fromkeys(range(10000))
for i in range(9990):
    del big[i]
print(len(big), list(big), big.popitem(), len(big))
big.clear()
big[5] = 5
print(big)
