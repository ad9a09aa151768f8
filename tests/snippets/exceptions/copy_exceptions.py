import copy
e = ValueError("a", 1)
e.extra = 5
c = copy.copy(e)
print(type(c).__name__, c.args, c.extra, c is e)
d = copy.deepcopy(OSError(2, "gone", "f"))
print(type(d).__name__, d.errno, d.strerror, d.filename, str(d))
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
m = copy.copy(MyErr(1, 2))
print(m.args, m.a)
k = copy.copy(KeyError("k"))
print(repr(k), str(k))
