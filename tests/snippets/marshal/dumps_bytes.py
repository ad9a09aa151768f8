import marshal
for v in (b"", b"x", b"\x00", b"xy", b"hello world", b"\xff\xfe\x00"):
    d = marshal.dumps(v)
    print(repr(v), d, marshal.loads(d) == v)
big = b"a" * 300
print(len(marshal.dumps(big)), marshal.loads(marshal.dumps(big)) == big)
items = [b"ab", b"ab", b"cd"]
print(marshal.dumps(items))
for ver in range(5):
    print(ver, marshal.dumps(b"abc", ver))
