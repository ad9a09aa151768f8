import marshal
values = [None, True, False, ..., StopIteration, 0, -7, 2**100, -(2**70), 3.25, -0.0, 1e-310,
          "", "text", "ünï", b"", b"raw\x00"]
for v in values:
    r = marshal.loads(marshal.dumps(v))
    print(repr(v), type(r).__name__, r == v or r is v)
print(marshal.loads(marshal.dumps(StopIteration)) is StopIteration)
print(marshal.loads(marshal.dumps(...)) is ...)
print(marshal.loads(marshal.dumps(None)) is None)
