b = b'abc'
print(b.__getnewargs__(), b.__getnewargs__()[0] is b, type(b.__getnewargs__()[0]))
class B(bytes):
    pass
x = B(b'sub')
print(x.__getnewargs__(), type(x.__getnewargs__()[0]).__name__, x.__bytes__(), type(x.__bytes__()).__name__, b.__bytes__() is b)
ba = bytearray(b'a\xffz')
print(ba.__reduce__(), ba.__reduce_ex__(2), ba.__reduce_ex__(3), ba.__reduce_ex__(4))
class BA(bytearray):
    pass
y = BA(b'q')
y.attr = 1
r = y.__reduce_ex__(4)
print(r[0].__name__, r[1], r[2])
