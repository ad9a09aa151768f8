import marshal
for v in ({}, {"a": 1}, {1: "x", 2: "y"}, {"k": [1, 2], "n": {"m": None}}, {(1, 2): 1.5}):
    print(repr(v), marshal.dumps(v))
d = {"x": 1, "y": 2}
d["z"] = 3
del d["x"]
print(marshal.dumps(d))
r = marshal.loads(marshal.dumps(d))
print(r, list(r))
shared = {"a": 1}
pair = [shared, shared]
print(marshal.dumps(pair))
