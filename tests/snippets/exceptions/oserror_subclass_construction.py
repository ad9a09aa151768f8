class MyErr(OSError):
    def __init__(self, *args):
        print("init args", args)
        super().__init__(*args)
m = MyErr(2, "gone", "f")
print(type(m).__name__, m.errno, m.filename, m.args, str(m))
class NoSuper(OSError):
    def __init__(self, a, b, c):
        pass
n = NoSuper(2, "x", "f")
print(n.errno, n.strerror, n.args, repr(str(n)))
class NewOnly(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
o = NewOnly(13, "denied", "p")
print(type(o).__name__, o.errno, o.filename, str(o))
e = OSError.__new__(OSError, 2, "x")
print(type(e).__name__, e.errno, e.args)
e2 = FileNotFoundError()
print(e2.errno, e2.args, repr(str(e2)))
e3 = PermissionError(1, "no", "a", 5, "b")
print(e3.filename, e3.filename2, str(e3), e3.args)
print(str(OSError(1, "x", "f", None, None)), OSError(1, "x", "f", None, None).filename2)
print(str(ConnectionError(111, "refused")), type(ConnectionError(111, "refused")).__name__)
