def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'key=value=x'
print(b.partition(b'='), b.rpartition(b'='), b.partition(b'::'), b.rpartition(b'::'))
print(b.partition(b'key'), b.partition(b'x'), b''.partition(b'a'), b''.rpartition(b'a'))
print(b.partition(bytearray(b'=')), bytearray(b).partition(b'='), bytearray(b).rpartition(bytearray(b'=')))
print(bytearray(b'abc').partition(b'z'), bytearray(b'abc').rpartition(b'z'))
r = b.partition(b'nope')
print(r[0] is b, b'a-b'.partition(bytearray(b'-'))[1])
t(lambda: b.partition(b''))
t(lambda: b.partition('='))
t(lambda: b.rpartition(b''))
t(lambda: b.partition())
t(lambda: b.partition(b'=', b'='))
t(lambda: b.rpartition(61))
t(lambda: bytearray(b).partition(b''))
