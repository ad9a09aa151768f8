class A:
    x = 1
    def f(self):
        pass

d = A.__dict__
print(type(d).__name__, d["x"], "f" in d, "missing" in d, d.get("missing", "dflt"), len(d) > 3)
print([k for k in d if not k.startswith("__")], sorted(k for k in d.keys() if not k.startswith("__")))
try:
    d["y"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)
c = d.copy()
c["z"] = 3
print(type(c).__name__, "z" in d)
print(A.__dict__ == dict(A.__dict__), A.__dict__ is A.__dict__)
A.y = 5
print(d["y"], "y" in d)

import types
mp = types.MappingProxyType({"k": 1})
print(mp, repr(mp), str(mp), mp | {"j": 2})
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    mp |= {}
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(types.MappingProxyType({"a": 1, "b": 2}))), dict(mp.items()), list(mp.values()))
print(type(int.__dict__).__name__, int.__dict__["__add__"])
