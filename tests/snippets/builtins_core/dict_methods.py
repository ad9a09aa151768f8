# dict methods
d = {"b": 2, "a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.pop("f"), d.pop("zz", "default"), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2) == {"b": 2, "a": 1}, list(reversed({"x": 1, "y": 2})))
keys = d.keys()
d["new"] = 1
print("new" in keys, len(keys), keys & {"a", "zz"})
c = d.copy()
c.clear()
print(c, len(d))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
