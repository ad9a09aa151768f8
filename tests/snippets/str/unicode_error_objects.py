e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(e, e.start, e.end, e.object, e.encoding, e.reason)
e = UnicodeEncodeError("ascii", "\xe9x", 0, 1, "nope")
print(e, repr(e.object))
try:
    "\u20ac".encode("latin-1")
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
try:
    str(b"\x80", "ascii")
except ValueError as e:
    print(type(e).__name__, e.args)
