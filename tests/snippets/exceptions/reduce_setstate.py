e = ValueError("a", 1)
print(e.__reduce__())
e.extra = 5
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
print(e.__reduce_ex__(2)[:2])
s = ValueError("b")
s.__setstate__({"x": 1, "y": 2})
print(sorted(s.__dict__.items()))
print(s.__setstate__(None))
try:
    s.__setstate__(5)
except TypeError as ex:
    print("TypeError:", ex)
def rebuild(x):
    r = x.__reduce_ex__(2)
    n = r[0](*r[1])
    if len(r) > 2 and r[2]:
        n.__setstate__(r[2])
    return n
d = rebuild(e)
print(type(d).__name__, d.args, d.extra)
print(repr(rebuild(KeyError("k"))))
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
m = rebuild(MyErr(1, 2))
print(m.args, m.a)
o = OSError(2, "No such file", "f.txt")
print(o.__reduce__())
o2 = rebuild(o)
print(type(o2).__name__, o2.errno, o2.filename, str(o2))
print(OSError(1, "x", "a", None, "b").__reduce__())
print(SyntaxError("m", ("f", 1, 2, "t")).__reduce__()[1])
print(ImportError("msg", name="n", path="p").__reduce__())
print(ImportError("msg").__reduce__())
print(StopIteration(3).__reduce__(), SystemExit(4).__reduce__())
