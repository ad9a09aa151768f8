# set operators require sets; mixed set/frozenset result types; in-place forms keep identity
s = {1, 2, 3}
f = frozenset({2, 3, 4})
for op in ("|", "&", "-", "^"):
    r1 = eval(f"s {op} f")
    r2 = eval(f"f {op} s")
    print(op, type(r1).__name__, sorted(r1), type(r2).__name__, sorted(r2))
print(s <= f, s < s, s == frozenset(s), f == set(f), s != f, s >= {1}, f > frozenset())
for bad in ("s | [1]", "[1] & s", "s - (1,)", "s ^ 'a'", "s < [1]", "f | {1: 2}.keys()"):
    try:
        print(bad, sorted(eval(bad)))
    except TypeError as e:
        print(bad, "->", e)
x = s
x |= {9}
x &= {1, 2, 9}
x -= {2}
x ^= {7}
print(x is s, sorted(s))
try:
    x |= [1]
except TypeError as e:
    print(e)
ff = f
ff |= {100}
print(ff is f, sorted(ff), sorted(f))
print(s == [1], s.__eq__([1]), s.__or__([1]), s.__lt__(5))
print({1, 2} == {2, 1}, {1} < {1, 2}, not ({1, 3} < {1, 2}), {1} | set(), set() & {1})
print(set() == frozenset(), hash(frozenset()) == hash(frozenset([])))
print(1 in s, [] in f if False else "-")
try:
    [] in s
except TypeError as e:
    print(e)
