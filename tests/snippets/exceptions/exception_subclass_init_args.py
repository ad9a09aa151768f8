class A(Exception):
    def __init__(self, x, y):
        self.x = x
print(A(1, 2).args, str(A(1, 2)), repr(A(1, 2)))
class B(Exception):
    def __init__(self, x):
        super().__init__("msg:" + x)
print(B("z").args, str(B("z")))
class C(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self
print(C(1, 2).args)
class D(Exception):
    def __str__(self):
        return "custom str"
print(str(D(1)), repr(D(1)))
class F(OSError):
    def __init__(self, msg):
        super().__init__(5, msg)
f = F("boom")
print(f.errno, f.strerror, str(f), type(f).__name__, f.args)
class G(OSError):
    pass
g = G(2, "x")
print(type(g).__name__, g.errno)
class K(KeyError):
    def __init__(self, key, extra):
        super().__init__(key)
        self.extra = extra
print(str(K("k", 1)), repr(K("k", 1)))
class U(UnicodeDecodeError):
    pass
print(str(U("utf-8", b"\xff", 0, 1, "bad")))
class S(SyntaxError):
    pass
print(str(S("m", ("f.py", 2, 1, "x"))), S("m").msg)
class Kw(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
print(Kw(code=3).args, Kw(code=3).code)
try:
    Exception(a=1)
except TypeError as ex:
    print("TypeError:", ex)
