# print() into in-memory and wrapped streams
import io
s = io.StringIO()
print("a", 1, 2.5, None, sep="|", end="!\n", file=s)
print(file=s)
print("x", "y", sep=None, end=None, file=s, flush=True)
print(repr(s.getvalue()))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
print("line one", file=t)
print("line two", file=t, flush=True)
print(b.getvalue())
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collect()
print("p", "q", file=c, flush=True)
print(c.parts)
t.close()
try:
    print("closed", file=t)
except ValueError as e:
    print("ValueError:", e)
