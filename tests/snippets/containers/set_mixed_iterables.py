# set methods and comparisons with dict keys, generators, strings, and views
s = {1, 2, 3}
d = {2: "a", 4: "b"}
print(sorted(s.union(d)), sorted(s.intersection(d)), sorted(s.difference(d)), sorted(s.symmetric_difference(d)))
print(sorted(s.union(d.values(), d.items()), key=repr), s.issuperset(d.keys()), s.issubset(x for x in range(5)))
print(s == d.keys(), {2, 4} == d.keys(), d.keys() == {2, 4}, {2} < d.keys(), d.keys() > {4})
print(sorted(s | d.keys()), sorted(d.keys() | s), sorted(s & d.keys()), sorted(d.keys() - s), sorted(s ^ d.keys()))
print(sorted(set("aabbc").intersection("abz")), set("abc").isdisjoint("xyz"), set("abc").isdisjoint("cx"))
fs = frozenset("abc")
print(sorted(fs - set("a")), type(fs - set("a")).__name__, type(set("a") - fs).__name__)
print(fs.issubset("abcd"), fs.issuperset("ab"), fs.issuperset(iter("abcd")))
g = (i for i in range(3))
t = {0, 5}
t.update(g)
print(sorted(t), list(g))
t.intersection_update(range(3), [0, 1])
print(sorted(t))
t.symmetric_difference_update(iter([1, 9]))
print(sorted(t))
t.difference_update("abc", [9])
print(sorted(t))
