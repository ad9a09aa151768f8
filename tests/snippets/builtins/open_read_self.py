# open() reading this very file: text, lines, binary, context manager
with open(__file__) as f:
    print(type(f).__name__, f.mode, f.encoding, f.closed, f.readable(), f.writable())
    first = f.readline()
    print(repr(first))
    rest = f.readlines()
    print(len(rest), repr(rest[-1]))
print(f.closed)
with open(__file__, "rb") as b:
    print(type(b).__name__, b.mode, b.read(10))
    print(type(b.raw).__name__, b.raw.mode, b.raw.closefd)
with open(__file__, "r", newline="") as f:
    print(sum(1 for _ in f) == len(rest) + 1)
f = open(__file__, encoding="utf-8")
print(f.encoding, len(f.read(5)), f.read(0) == "")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
