import marshal
cases = [b"", b"i", b"i\x01\x00", b"?", b"\x00", b"s\x05\x00\x00\x00ab", b"z", b"z\x05ab", b"(\x02\x00\x00\x00N",
         b")\x02N", b"[\x02\x00\x00\x00N", b"{N", b"0", b"(\x01\x00\x00\x000", b"[\x01\x00\x00\x000",
         b"<\x01\x00\x00\x000", b"s\xff\xff\xff\xff", b"(\xff\xff\xff\xff", b"[\xff\xff\xff\xff",
         b"<\xff\xff\xff\xff", b"u\xff\xff\xff\xff", b"a\xff\xff\xff\xff", b"g\x00\x00", b"y\x00", b"f", b"f\x05ab"]
for c in cases:
    try:
        print(c, repr(marshal.loads(c)))
    except Exception as e:
        print(c, type(e).__name__, e)
