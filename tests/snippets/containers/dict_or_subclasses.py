# dict | and |= with subclasses and other mappings
class D(dict): pass
class O(dict):
    def __or__(self, other): return "O.__or__"
    def __ror__(self, other): return "O.__ror__"
print(type(D(a=1) | {"b": 2}).__name__, type({"b": 2} | D(a=1)).__name__, D(a=1) | {"a": 2})
print({} | O(), O() | {}, type(O() | O()).__name__ if False else O() | O())
d = D(x=1)
d |= {"y": 2}
print(type(d).__name__, d)
class M:
    def keys(self): return ["k"]
    def __getitem__(self, k): return 5
try:
    print({} | M())
except TypeError as e:
    print(e)
e = {}
e |= M()
print(e)
print(dict.__or__({1: 1}, {2: 2}), dict.__or__({}, 5), dict.__ror__({1: 1}, {1: 2}))
