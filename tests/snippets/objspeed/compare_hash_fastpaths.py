# Exact int/float/str comparisons and hashes take fast paths (min/max, `in`, list.index/count, dict and
# set look-ups, sum); subclasses with their own __eq__/__lt__/__hash__ must still be called.

nan = float("nan")
print(min([3, 1, 2]), max([3, 1, 2]), min(["b", "a", "c"]), max("hello"), min([2.5, -1.0, 0.0]))
print(min([1.0, nan, 0.5]), max([nan, 1.0, 2.0]), min([-0.0, 0.0]), min([0.0, -0.0]), max(1, 1.0), max(1.0, 1))
print(min([2**70, 5, -2**70]), max([-2**63, 2**63 - 1, 0]), min("\U0001F600", "\uffff"), max(["a\U00010000", "a\uffff"]))
print(nan in [nan], nan in [float("nan")], 1 in [1.0], "a" in ("b", "a"), [1, 2, 3].index(2), [1.0, 1, True].count(1))
print([0.1 + 0.2, 0.3].index(0.3), (2**64) in [2**64], -0.0 in [0.0])

class Loud(int):
    def __eq__(self, other):
        print("Loud.__eq__", int(self), other)
        return int.__eq__(self, other)
    def __lt__(self, other):
        print("Loud.__lt__", int(self), other)
        return int.__lt__(self, other)
    __hash__ = int.__hash__

print(min([Loud(3), Loud(1)]), max([Loud(3), Loud(1)]))
print(Loud(2) in [1, 2], [1, 2].index(Loud(2)))

class Weird(str):
    def __eq__(self, other): return True
    def __hash__(self): return hash("k")

d = {"k": 1, 5: 2}
print(d.get(Weird("zzz")), Weird("q") in ["a"], "k" in {Weird("x"): 0})

class H(int):
    def __hash__(self): return 12345
    def __eq__(self, other):
        print("H.__eq__", other)
        return True

s = {12345, 7}
print(H(1) in s, H(1) in {12345: 0}, 7 in s, 12345.0 in s, "x" in {"x"}, 2**64 in {2**64: 1})
print(sum([0.5, -2**63]), sum([0.5, 2**63 - 1]), sum([1, 2.5, True]), sum([2**62, 2**62, 2**62]), sum((1, 2, 3)))
print(sum([1.5, Loud(2)]), sum([Loud(2), 3]), sum([True, True]), sum([], 0.0), sum([2**70, 1.5]))
print(hash(2**61 - 1), hash(-1), hash(2**61), hash(-2**63), hash("") == hash(""), {-1: "a", -2: "b"}[-1])
