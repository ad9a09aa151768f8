def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(b'hello')
ba.reverse()
print(ba)
c = ba.copy()
print(c, c == ba, c is ba, type(c).__name__)
c.append(33)
print(ba, c)
ba.clear()
print(ba, len(ba), bytearray().reverse(), bytearray(b'x').clear())
class BA(bytearray):
    pass
print(type(BA(b'q').copy()).__name__)
t(lambda: ba.reverse(1))
t(lambda: ba.clear(1))
t(lambda: ba.copy(1))
