def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(b'0123456789')
del ba[0]
del ba[-1]
print(ba)
del ba[2:4]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba)
ba = bytearray(b'abcdefgh')
del ba[1:7:3]
print(ba)
del ba[10:]
del ba[5:2]
print(ba)
t(lambda: ba.__delitem__(10))
t(lambda: ba.__delitem__(-10))
t(lambda: ba.__delitem__('a'))
t(lambda: ba.__delitem__(slice(None, None, 0)))
def d():
    b = b'abc'
    del b[0]
t(d)
def d2():
    b = b'abc'
    b[0] = 1
t(d2)
