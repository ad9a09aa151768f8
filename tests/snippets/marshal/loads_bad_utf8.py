import marshal
for c in (b"u\x01\x00\x00\x00\xff", b"u\x02\x00\x00\x00\xc3(", b"u\x01\x00\x00\x00\xc3", b"t\x01\x00\x00\x00\x80"):
    try:
        print(marshal.loads(c))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
print(ascii(marshal.loads(b"u\x03\x00\x00\x00\xed\xb2\x80")))
