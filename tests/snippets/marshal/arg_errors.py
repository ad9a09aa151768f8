import marshal
calls = [
    lambda: marshal.dumps(),
    lambda: marshal.dumps(1, 2, 3),
    lambda: marshal.dumps(1, version=2),
    lambda: marshal.dumps(1, "4"),
    lambda: marshal.dumps(1, 1.0),
    lambda: marshal.dumps(1, 2**40),
    lambda: marshal.loads(),
    lambda: marshal.loads(b"N", b"N"),
    lambda: marshal.loads("N"),
    lambda: marshal.loads(1),
    lambda: marshal.loads(bytes=b"N"),
    lambda: marshal.dump(1),
    lambda: marshal.dump(1, 2, 3, 4),
    lambda: marshal.dump(1, None),
    lambda: marshal.load(),
    lambda: marshal.load(None),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
