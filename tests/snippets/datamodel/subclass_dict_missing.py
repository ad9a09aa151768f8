class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        value = self[key] = len(key)
        return value

d = Default(a=1)
print(d["a"], d["hello"], d)
print(d.get("zz"), "zz" in d, d.get("zz", 0))
try:
    dict.__getitem__(d, "nothere")
except KeyError as e:
    print("KeyError:", e)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(sorted(c.items()))

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u["x"] = 1
print(u, u["X"], u["x"])
u.update(y=2)
print(u)
print(dict(u), type(u.copy()).__name__, Upper.fromkeys("ab") if False else "skip")

class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
a = Attr()
a.name = "ann"
print(a.name, a)
try:
    a.missing
except KeyError as e:
    print("KeyError:", e)

class MissingRaises(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    MissingRaises()["k"]
except LookupError as e:
    print("LookupError:", e)
print(isinstance(Default(), dict), type(Default()) is dict, Default.__mro__[1].__name__)
