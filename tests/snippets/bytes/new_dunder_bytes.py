def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class A:
    def __bytes__(self):
        return b'from A'
class B:
    def __bytes__(self):
        return 'not bytes'
class C:
    def __bytes__(self):
        return bytearray(b'x')
class D:
    def __index__(self):
        return 2
    def __bytes__(self):
        return b'dunder wins'
class E(bytes):
    pass
class F:
    def __bytes__(self):
        return E(b'sub')
t(lambda: bytes(A()))
t(lambda: bytes(B()))
t(lambda: bytes(C()))
t(lambda: bytes(D()))
t(lambda: bytes(F()))
t(lambda: type(bytes(F())))
t(lambda: bytearray(A()))
t(lambda: bytearray(D()))
class G:
    def __iter__(self):
        return iter([7, 8])
t(lambda: bytes(G()))
t(lambda: bytearray(G()))
