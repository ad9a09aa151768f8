from collections import defaultdict
d = defaultdict(list)
d["a"].append(1); d["a"].append(2); d["b"]
print(d, dict(d), d.default_factory, len(d), "c" in d, d.get("c"), "c" in d)
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
n = defaultdict()
try:
    n["x"]
except KeyError as e:
    print("KeyError:", e)
class Maker:
    def __call__(self):
        return "made"
    def __repr__(self):
        return "Maker()"
n.default_factory = Maker()
print(n["x"], n, n.__missing__("y"), n)
n.default_factory = None
print(repr(n))
print(defaultdict(list, {1: 2}, a=3), defaultdict(None, [(1, 2)]), defaultdict(default_factory=list))
for bad in ["defaultdict(1)", "defaultdict(list).__missing__()", "defaultdict(list, 1, 2)", "defaultdict(None).__missing__((1, 2))"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, "!!", type(e).__name__, e)
print(isinstance(d, dict), type(d).__mro__, sorted(set(dir(d)) - set(dir(dict))))
print(d == {"a": [1, 2], "b": []}, defaultdict(int, a=1) == defaultdict(list, a=1))
