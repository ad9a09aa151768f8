import json, decimal

for f in [lambda: json.dumps(object()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps([float("nan")], allow_nan=False),
          lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True), lambda: json.dumps({1j: 1})]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps([decimal.Decimal("1.10"), {1, 2} and sorted({1, 2})], default=str))
print(json.dumps({"x": object}, default=lambda o: o.__name__))
l = []
l.append(l)
d = {}
d["self"] = d
for o in (l, d):
    try:
        json.dumps(o)
    except ValueError as e:
        print("ValueError", e)
print(json.dumps(l, check_circular=False, default=str) if False else "skip")
class Cyc:
    pass
c = Cyc()
try:
    json.dumps(c, default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
a = [object()] * 6
def shrink(o):
    del a[-1]
print(json.dumps(a, default=shrink))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(Enc().encode({"s": {3, 1, 2}}), list(Enc().iterencode([1, {"a": None}])))
try:
    Enc().encode(object())
except TypeError as e:
    print("TypeError", e)
