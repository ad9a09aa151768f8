seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
def rbytes(alphabet, maxlen):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))


flags = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0']
for i in range(200):
    f = flags[rnd(len(flags))]
    w = ['', '1', '5', '8'][rnd(4)]
    p = ['', '.0', '.2', '.5'][rnd(4)]
    conv = 'sbrdixXoc'[rnd(9)]
    fmt = ('%' + f + w + p + conv).encode()
    arg = {'s': b'abc', 'b': bytearray(b'xy'), 'r': 'q\xe9', 'c': 65 + rnd(26)}.get(conv, rnd(2000) - 1000)
    try:
        print(fmt, repr(arg), fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, repr(arg), type(e).__name__, e)
for v in [0.0, -1.5, 1e10, 123.456, float('inf'), float('nan')]:
    print(b'%f %e %g %.3f %10.2e %-8.1f|' % (v, v, v, v, v, v))
