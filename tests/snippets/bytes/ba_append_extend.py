def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray()
ba.append(1)
ba.append(255)
ba.append(True)
class I:
    def __index__(self):
        return 7
ba.append(I())
print(ba)
ba.extend(b'ab')
ba.extend(bytearray(b'cd'))
ba.extend(memoryview(b'ef'))
ba.extend([1, 2])
ba.extend(range(3))
ba.extend(x for x in (9, 8))
ba.extend(())
ba.extend(ba)
print(ba, len(ba))
t(lambda: ba.append(256))
t(lambda: ba.append(-1))
t(lambda: ba.append('a'))
t(lambda: ba.append(b'a'))
t(lambda: ba.append())
t(lambda: ba.append(1, 2))
t(lambda: ba.append(item=1))
t(lambda: ba.extend(1))
t(lambda: ba.extend('ab'))
t(lambda: ba.extend([300]))
t(lambda: ba.extend([1, 'x']))
t(lambda: ba.extend())
t(lambda: ba.extend(None))
print(len(ba))
