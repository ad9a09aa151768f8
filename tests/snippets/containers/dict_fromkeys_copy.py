# dict.fromkeys with subclasses and iterables, copy semantics
d = dict.fromkeys(["a", "b", "a"], [])
d["a"].append(1)
print(d)
class D(dict):
    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v)
r = D.fromkeys("xy", 0)
print(type(r).__name__, r)
class Missing(dict):
    def __init__(self, *a): super().__init__(); print("  init", a)
print(Missing.fromkeys([1], 2))
print(dict.fromkeys(range(3)), dict.fromkeys(iter("ab"), None), dict.fromkeys(set()), dict.fromkeys({1: 2, 3: 4}.keys()))
orig = {"k": [1, 2]}
shallow = orig.copy()
shallow["k"].append(3)
shallow["n"] = 0
print(orig, shallow, type(D(a=1).copy()).__name__, D(a=1).copy())
print(dict(orig) == orig, dict(orig) is orig, {**orig, "z": 1})
class FK:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
print(dict.fromkeys.__func__ if hasattr(dict.fromkeys, "__func__") else "classmethod", type(dict.__dict__["fromkeys"]).__name__)
