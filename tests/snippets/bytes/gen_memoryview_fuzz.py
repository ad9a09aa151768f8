seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
fmts = ['B', 'b', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd', '?', 'n', 'N', '@i', 'P']
def sl():
    return slice(rnd(10) - 5 if rnd(3) else None, rnd(10) - 5 if rnd(3) else None, [None, 1, 2, -1, -3][rnd(5)])
for i in range(800):
    data = bytes(rnd(256) for _ in range(rnd(4) * 8))
    ba = bytearray(data)
    m = memoryview(ba if rnd(2) else data)
    try:
        f = fmts[rnd(len(fmts))]
        c = m.cast(f)
        out = [c.format, c.shape, c.strides, c.readonly]
        op = rnd(7)
        if op == 0:
            out.append(c.tolist())
        elif op == 1:
            s = c[sl()]
            out += [s.shape, s.strides, s.tolist(), s.tobytes(), s.c_contiguous, s.contiguous]
        elif op == 2:
            k = rnd(8) - 4
            out.append(c[k])
        elif op == 3:
            k = rnd(8) - 4
            v = [rnd(300) - 100, 1.5, b'x', None, 2**70, True][rnd(6)]
            c[k] = v
            out += [c.tolist(), bytes(ba)]
        elif op == 4:
            s = sl()
            src = c[s]
            c[s] = src.tobytes() if rnd(2) else memoryview(bytes(src.nbytes)).cast(f) if src.nbytes else src
            out += [c.tolist()]
        elif op == 5:
            out += [c == m, c == c.tobytes(), c == memoryview(c.tobytes()).cast(f), c.hex(':', rnd(5) - 2)]
        else:
            n = c.nbytes // c.itemsize
            out.append(c.cast('B').cast(f, [1, n] if n else [0]).tolist())
        print(i, data.hex(), m.readonly, f, out)
    except Exception as e:
        print(i, data.hex(), f, type(e).__name__, e)
