def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = memoryview(b'abc')
print(m.tobytes())
m.release()
m.release()
print(repr(m).startswith('<released memory at 0x'))
t(lambda: m[0])
t(lambda: len(m))
t(lambda: m.tobytes())
t(lambda: m.format)
t(lambda: m.obj)
t(lambda: m.tolist())
t(lambda: m.cast('B'))
t(lambda: list(m))
t(lambda: m.__enter__())
t(lambda: hash(m))
t(lambda: b'x' + m)
t(lambda: bytes(m))
print(m == m, m != m, m == memoryview(b'abc'))
with memoryview(bytearray(b'ctx')) as v:
    print(v.tobytes(), v.readonly)
print(repr(v).startswith('<released memory'))
with memoryview(b'abc') as v2:
    v3 = v2[1:]
print(v3.tobytes())
