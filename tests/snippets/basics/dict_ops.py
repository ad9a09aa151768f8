d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 11
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), "one" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
del d["two"]
print(d, d.pop("three"), d.pop("zz", None), d.setdefault("new", []), d)
d.update({"a": 1}, b=2)
print(d, dict(x=1, y=2), dict([(1, 2), (3, 4)]), dict.fromkeys("ab", 0))
print({1: "a", 1.0: "b", True: "c"})
print({**{"a": 1}, "b": 2, **{"a": 3}}, {"a": 1} | {"b": 2})
for k, v in {"z": 26, "a": 1, "m": 13}.items():
    print(k, v, end=" | ")
print()
print({1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2})
e = {}
e[(1, 2)] = "tuple key"
e[frozenset([1])] = "frozenset key"
print(e)
try:
    e[[1]] = 1
except TypeError as err:
    print("TypeError:", err)
scores = {"alice": 3}
print(scores["bob"])
