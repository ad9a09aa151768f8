# Subclassing TextIOWrapper, StringIO and FileIO from Python
import io, os
class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())
b = io.BytesIO()
u = Upper(b, encoding="utf-8")
print("hello", file=u)
u.writelines(["a\n", "b\n"])
u.flush()
print(b.getvalue(), repr(u).startswith("<Upper"), isinstance(u, io.TextIOWrapper))
class Counting(io.StringIO):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.reads = 0
    def readline(self, *a):
        self.reads += 1
        return super().readline(*a)
c = Counting("1\n2\n3\n")
print(list(c), c.reads, c.getvalue(), c.closed)
class Named(io.FileIO):
    pass
with Named("_textio_subclass.tmp", "w") as n:
    n.write(b"x")
    print(repr(n).replace("_textio_subclass.tmp", "P"), n.mode)
os.remove("_textio_subclass.tmp")
class Quiet(io.StringIO):
    def write(self, s):
        return 0
q = Quiet()
print("ignored", file=q)
print(repr(q.getvalue()))
