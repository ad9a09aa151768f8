def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(b'abcdef')
ba[0] = 65
ba[-1] = 70
class I:
    def __index__(self):
        return 66
ba[1] = I()
print(ba)
t(lambda: ba.__setitem__(0, 256))
t(lambda: ba.__setitem__(0, -1))
t(lambda: ba.__setitem__(0, b'a'))
t(lambda: ba.__setitem__(0, 'a'))
t(lambda: ba.__setitem__(0, None))
t(lambda: ba.__setitem__(6, 1))
t(lambda: ba.__setitem__(-7, 1))
t(lambda: ba.__setitem__('x', 1))
t(lambda: ba.__setitem__(1.5, 1))
print(ba)
