def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(b'abcd')
m = memoryview(ba)
t(lambda: ba.append(1))
t(lambda: ba.extend(b'xy'))
t(lambda: ba.clear())
t(lambda: ba.pop())
t(lambda: ba.remove(97))
t(lambda: ba.insert(0, 1))
t(lambda: ba.__delitem__(0))
t(lambda: ba.__setitem__(slice(0, 1), b''))
t(lambda: ba.__setitem__(slice(0, 1), b'xy'))
t(lambda: ba.__iadd__(b'x'))
t(lambda: ba.__imul__(2))
t(lambda: ba.__init__(b'zz'))
ba[0:1] = b'Z'
ba[1] = 66
ba.reverse()
ba *= 1
ba += b''
ba.extend(b'')
print(ba, m.tobytes())
s = m[1:3]
m.release()
t(lambda: ba.append(1))
s.release()
ba.append(33)
print(ba)
ba2 = bytearray(b'q')
with memoryview(ba2) as v:
    t(lambda: ba2.append(1))
ba2.append(2)
print(ba2)
m3 = memoryview(ba2)
m4 = memoryview(m3)
m3.release()
t(lambda: ba2.append(3))
m4.release()
ba2.append(3)
print(ba2, m4.__class__.__name__)
