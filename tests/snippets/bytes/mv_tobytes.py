def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = memoryview(bytes(range(6))).cast('B', [2, 3])
print(m.tobytes(), m.tobytes('C'), m.tobytes('F'), m.tobytes('A'), m.tobytes(None), m.tobytes(order='F'))
print(m.tolist(), memoryview(b'xyz').tobytes('F'), memoryview(b'abcd')[::2].tobytes('A'))
t(lambda: m.tobytes('x'))
t(lambda: m.tobytes('CF'))
t(lambda: m.tobytes(1))
t(lambda: m.tobytes('C', 'F'))
t(lambda: m.tobytes(ord='C'))
print(bytes(m), bytearray(m), list(memoryview(b'ij')), b''.join([m, memoryview(b'!')]))
