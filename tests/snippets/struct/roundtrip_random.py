# Pack/unpack round trips of random values for every code and byte order (property style).
import struct, random

rng = random.Random(7)
for order in '@=<>':
    for c in 'bBhHiIlLqQnNP':
        try:
            size = struct.calcsize(order + c)
        except struct.error:
            continue
        signed = c in 'bhilqn'
        lo, hi = (-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if signed else (0, (1 << (8 * size)) - 1)
        vals = [rng.randint(lo, hi) for _ in range(6)]
        fmt = order + str(len(vals)) + c
        packed = struct.pack(fmt, *vals)
        ok = list(struct.unpack(fmt, packed)) == vals
        print(order, c, ok, packed.hex()[:40])
    floats = [rng.uniform(-1e6, 1e6) for _ in range(4)]
    for c in 'efd':
        packed = struct.pack(order + '4' + c, *floats)
        print(order, c, [repr(v) for v in struct.unpack(order + '4' + c, packed)])
mixed = struct.Struct('@c?hxqe3sfPd')
vals = (b'z', True, -3, 2**40, 1.5, b'abc', 0.25, 99, -2.5)
print(mixed.size, mixed.unpack(mixed.pack(*vals)) == vals, mixed.pack(*vals).hex())
