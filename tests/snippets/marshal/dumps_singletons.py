import marshal
print(marshal.version)
for v in (None, True, False, ..., StopIteration):
    print(repr(v), marshal.dumps(v))
for ver in range(5):
    print(ver, marshal.dumps((None, True, False, ...), ver))
