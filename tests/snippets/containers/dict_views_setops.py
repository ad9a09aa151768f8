# dict views: set operations against any iterable, isdisjoint, mapping, reversed, comparisons
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(sorted(k & {"a", "z"}), sorted(k | ["z"]), sorted(k - "ab"), sorted(k ^ ("c", "q")))
print(sorted({"a", "z"} & k), sorted(["z"] | k), sorted("ab" - k), sorted(("c", "q") ^ k))
print(type(k & k).__name__, type(k | set()).__name__, type(i & i).__name__)
print(sorted(i & {("a", 1), ("b", 9)}), sorted(i - [("a", 1)]), sorted(i | [("z", 2)]), sorted(map(str, i ^ {("c", 3), 5})))
print(k.isdisjoint("xyz"), k.isdisjoint("xya"), i.isdisjoint([("a", 1)]), i.isdisjoint([("a", 2)]), k.isdisjoint([]))
print(k == {"a", "b", "c"}, k == {"a"}, k != {"a"}, k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k >= {"a"}, k > k)
print(i == {("a", 1), ("b", 2), ("c", 3)}, i <= i, i == [("a", 1)])
print(v == v, v == d.values(), v != v)
print(k.mapping, i.mapping, v.mapping, type(k.mapping).__name__, k.mapping["a"])
try:
    k.mapping["z"] = 1
except TypeError as e:
    print(e)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(len(k), len(v), len(i), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i, "a" in i, [1] in k if False else None)
try:
    [] in k
except TypeError as e:
    print(e)
print(([], 1) in i if False else "skip")
try:
    ([], 1) in i
except TypeError as e:
    print(e)
for bad in (lambda: k & 5, lambda: 5 | k, lambda: k.isdisjoint(5), lambda: i ^ None, lambda: k | [[1]]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(k)
except TypeError as e:
    print(e)
try:
    hash(i)
except TypeError as e:
    print(e)
print(hash(v) == hash(v))
try:
    v & {1}
except TypeError as e:
    print(e)
d["d"] = 4
print(k, v, i)
print(repr({}.keys()), repr({}.items()), {}.values())
print(sorted(dir(k)) == sorted(dir(type(k))), sorted(x for x in dir(v) if not x.startswith("__")))
print(k & k.mapping.keys() == set(d))
