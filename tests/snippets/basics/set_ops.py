a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, {3} <= b, {3} < {3}, a >= {1, 2}, a.isdisjoint({9}))
s = set()
s.add(1)
s.add(1)
s.update([2, 3])
s.discard(99)
s.remove(2)
print(sorted(s), len(s), 1 in s, 2 in s)
print(type({}).__name__, type({1}).__name__, set() == frozenset(), {1, 2} == {2, 1})
f = frozenset([3, 1])
print(sorted(f | {2}), type(f | {2}).__name__, type({2} | f).__name__)
print({1, 1.0, True}, len({0, 0.0, False, ""}))
x = {5}
x |= {6}
x &= {6, 7}
print(x)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
