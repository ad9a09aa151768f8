# Ints at the edge of a machine word: -2**63 is an ordinary value (not the big representation), values one
# step beyond either end are big, and int subclasses carry big values too. Arithmetic, hashing, comparison,
# dict keys, conversion and identity across the boundary.
MIN, MAX = -2**63, 2**63 - 1
vals = [MIN - 1, MIN, MIN + 1, -1, 0, 1, MAX - 1, MAX, MAX + 1, 2**64, -2**64, 10**30, -10**30]
for v in vals:
    print(v, hash(v), v + 1, v - 1, -v, abs(v), v * 2, v // 3, v % 7, v >> 1, v << 1, ~v, v.bit_length(), bool(v))
print(MIN == -9223372036854775808, MIN - 1 + 1 == MIN, (MAX + 1) - 1 == MAX, MIN // -1, MIN * -1, -MIN)
print(sorted(vals), min(vals), max(vals), sum(vals))
d = {v: i for i, v in enumerate(vals)}
print([d[v] for v in [MIN, MIN - 1, MAX + 1, 2**64, 0]], MIN in d, (MIN - 2) in d)
print(int(str(MIN)), int(str(MIN - 1)), float(MIN), float(MAX + 1), int(float(MIN)), hex(MIN), hex(MIN - 1))
print(MIN.to_bytes(8, 'little', signed=True), int.from_bytes(b'\x00' * 7 + b'\x80', 'little', signed=True))
class I(int):
    pass
for v in [MIN - 1, MIN, MAX + 1, 5, 10**40]:
    x = I(v)
    print(type(x).__name__, x, x + 0, type(x + 0).__name__, x == v, hash(x) == hash(v), int(x), x.bit_length(), repr(x))
x = I(10**40); x.tag = 'big'; print(x.tag, x.__dict__, x // 10**39, divmod(x, 7), format(x, ','))
print(isinstance(True, int), True + MAX, (True + MAX) - MAX, False * MIN)
