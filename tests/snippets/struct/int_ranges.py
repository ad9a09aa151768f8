# Packing integers at and past the limits of every integer code, under every byte order.
import struct

class Idx:
    def __index__(self):
        return 7

for order in '@=<>!':
    for c in 'bBhHiIlLqQnNP':
        try:
            size = struct.calcsize(order + c)
        except struct.error:
            continue
        signed = c in 'bhilqn'
        lo, hi = (-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if signed else (0, (1 << (8 * size)) - 1)
        out = []
        for v in [lo, hi, lo - 1, hi + 1, lo - 2**70, hi + 2**70, 1.0, '1', Idx(), True]:
            try:
                b = struct.pack(order + c, v)
                out.append(b.hex() + '=' + str(struct.unpack(order + c, b)[0]))
            except Exception as e:
                out.append(f'{type(e).__name__}:{e}')
        print(order, c, size, ' | '.join(out))
