# dict's own methods do not call a subclass's overridden __setitem__/__getitem__/keys
class Loud(dict):
    def __setitem__(self, k, v):
        print("  __setitem__", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("  __getitem__", k)
        return super().__getitem__(k)
    def keys(self):
        print("  keys()")
        return super().keys()
d = Loud(a=1)
print("init done")
d.update(b=2)
d.update({"c": 3})
d.setdefault("e", 5)
print(d.get("a"), d.pop("b"), "c" in d)
d["x"] = 9
print(d["x"])
print(dict(d) == d, {**d} == d, list(d.items()))
e = {}
e.update(d)
print(e)
print(Loud.fromkeys("pq", 0))
print(sorted(d), len(d), d.copy())
class Iter(dict):
    def __iter__(self):
        print("  __iter__")
        return iter(["a"])
i = Iter(a=1, z=2)
print(dict(i), list(i), {**i})
