def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = memoryview(b'abcdef')
print(m[0], m[-1], m[2:4].tobytes(), m[::-1].tobytes(), m[::2].tolist(), m[1::2][1], m[-3:].tolist())
print(m[...] is m, m[:].tobytes(), m[5:1:-2].tolist(), m[100:].tolist(), m[::3][::-1].tobytes())
t(lambda: m[6])
t(lambda: m[-7])
t(lambda: m['a'])
t(lambda: m[1.5])
t(lambda: m[(1,)])
t(lambda: m[1, 2])
t(lambda: m[0:1, 0:1])
t(lambda: m[2**70])
t(lambda: m[None])
t(lambda: m[::0])
