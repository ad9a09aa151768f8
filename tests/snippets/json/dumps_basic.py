import json
from collections import OrderedDict

obj = {"name": "caf\u00e9 \U0001F600", "n": [1, -2, 3.5, 1e16, 1e-7, 10**20, True, False, None], "t": (1, 2),
       "nested": {"z": {}, "y": []}, "ctrl": "\x00\x1f\x7f\"\\/\n"}
print(json.dumps(obj))
print(json.dumps(obj, ensure_ascii=False))
print(json.dumps(obj, sort_keys=True, separators=(",", ":")))
print(json.dumps(obj, indent=2, sort_keys=True))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "s": "e"}))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps(OrderedDict([("b", 1), ("a", 2)])), json.dumps("\ud800"), json.dumps("\ud800", ensure_ascii=False) == '"\ud800"')
class MyInt(int):
    def __repr__(self): return "nope"
class MyFloat(float):
    def __repr__(self): return "nope"
class MyStr(str):
    pass
print(json.dumps([MyInt(3), MyFloat(1.5), MyStr("s")]), json.dumps({MyStr("k"): 1}))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
print(json.dumps([{}], indent=0), json.dumps([], indent=4), json.dumps({"a": [1]}, indent="\t"))
