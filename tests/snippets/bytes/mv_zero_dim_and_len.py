def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


z = memoryview(b'\x05\x00').cast('H', [])
print(len(z), z.ndim, z.shape, z.strides, z.tolist(), z[()], z.nbytes, z.itemsize, z.c_contiguous)
w = memoryview(bytearray(b'\x00\x00')).cast('h', [])
w[()] = -2
print(w.tolist(), bytes(w), w.obj)
w[...] = 7
print(w.tolist())
t(lambda: w.__setitem__(0, 1))
t(lambda: w.__setitem__(slice(None), 1))
t(lambda: z[1])
t(lambda: z['a'])
print(z.cast('B').tolist(), z.tobytes(), z.hex())
