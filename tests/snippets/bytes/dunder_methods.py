def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'abc'
print(b.__len__(), b.__getitem__(1), b.__contains__(98), b.__add__(b'd'), b.__mul__(2), b.__rmul__(3), b.__mod__(()), b.__rmod__(1))
print(b.__eq__(b'abc'), b.__eq__('abc'), b.__lt__(b'b'), b.__ne__(1), b.__hash__() == hash(b), list(b.__iter__()))
ba = bytearray(b'xyz')
ba.__setitem__(0, 65)
ba.__delitem__(1)
print(ba, ba.__iadd__(b'!'), ba.__imul__(2), ba.__getitem__(slice(1, 3)), ba.__eq__(b'Az!Az!'), ba.__hash__)
print(bytes.__add__(b'a', bytearray(b'b')), bytearray.__add__(bytearray(b'a'), b'b'), bytes.__getitem__(b'xy', -1))
t(lambda: b.__add__('x'))
t(lambda: bytes.__add__(bytearray(b'a'), b'b'))
t(lambda: b.__mod__(1))
t(lambda: 1 % b'x')
t(lambda: b.__mul__('x'))
t(lambda: bytes.__len__('abc'))
t(lambda: bytearray.append(b'a', 1))
print(bytes.__mod__(b'%d', 5), b'%s'.__mod__(b'x'), bytes.__rmod__(b'x', b'%s'))
