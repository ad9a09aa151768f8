import marshal
for v in ("", "a", "abc", "name_like_123", "hello world", "a-b", " ", "~"):
    print(repr(v), marshal.dumps(v))
for v in ("x" * 255, "x" * 256, "w " * 150):
    d = marshal.dumps(v)
    print(len(v), len(d), marshal.loads(d) == v)
print(marshal.dumps(("abc", "abc", "a b", "a b")))
for ver in range(5):
    print(ver, marshal.dumps(("abc", "a b"), ver))
