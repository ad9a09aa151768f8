# dict key identity: equal numbers collide, custom __hash__/__eq__, NaN keys
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {}
d[True] = 1; d[1] = 2; d[1.0] = 3; d[0] = 4; d[False] = 5; d[0.0] = 6
print(d)
nan = float("nan")
d = {nan: 1}
d[nan] = 2
d[float("nan")] = 3
print(len(d), d[nan])
class H:
    def __init__(self, v, h): self.v = v; self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return f"H({self.v})"
d = {H(1, 0): "a", H(2, 0): "b", H(3, 0): "c"}
print(d[H(2, 0)], H(4, 0) in d, len(d))
del d[H(1, 0)]
d[H(5, 0)] = "e"
print(list(d.items()))
class HashBoom:
    def __hash__(self): raise ValueError("no hash")
try:
    {HashBoom(): 1}
except ValueError as e:
    print("ValueError", e)
class EqBoom:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError("eq boom")
d = {EqBoom(): 1}
try:
    d[EqBoom()]
except RuntimeError as e:
    print("RuntimeError", e)
class NegHash:
    def __hash__(self): return -1
print(hash(NegHash()), {NegHash(): 1}.popitem()[1])
print({(1, 2): 1}[(1, 2)], {frozenset([1]): 2}[frozenset([1])], {"a" * 3: 1}["aaa"], {2**100: 1}[2**100])
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {}[{}]
except TypeError as e:
    print(e)
try:
    {1: 2}.get([])
except TypeError as e:
    print(e)
print({1: 2} == {1.0: 2}, {1: 2} == {1: 2.0}, {1: [1]} == {1: [1]}, {1: 1} != {1: 2}, {} == {})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(e)
d1 = {"a": 1, "b": 2}
d2 = {"b": 2, "a": 1}
print(d1 == d2, list(d1) == list(d2))
