def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(b'0123456789')
ba[2:4] = b'ab'
print(ba)
ba[2:4] = b'XYZW'
print(ba)
ba[2:6] = b''
print(ba)
ba[:0] = b'<<'
print(ba)
ba[len(ba):] = b'>>'
print(ba)
ba[5:2] = b'!'
print(ba)
ba[1:3] = [1, 2, 3]
print(ba)
ba[0:2] = bytearray(b'__')
ba[0:1] = memoryview(b'm')
ba[:] = ba
print(ba)
ba[2:5] = (x for x in b'gen')
print(ba)
ba[:] = b'reset'
print(ba)
ba[-2:] = range(65, 68)
print(ba)
t(lambda: ba.__setitem__(slice(0, 1), 5))
t(lambda: ba.__setitem__(slice(0, 1), 'ab'))
t(lambda: ba.__setitem__(slice(0, 1), 1.5))
t(lambda: ba.__setitem__(slice(0, 1), [300]))
t(lambda: ba.__setitem__(slice(0, 1), None))
t(lambda: ba.__setitem__(slice(0, 1), object()))
print(ba)
