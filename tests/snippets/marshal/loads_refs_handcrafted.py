import marshal
# FLAG_REF (0x80) gives an object the next index; 'r' refers back to it.
v = marshal.loads(b"[\x02\x00\x00\x00\xfa\x03abcr\x00\x00\x00\x00")
print(v)
v = marshal.loads(b"\xdb\x02\x00\x00\x00\xfa\x03abcr\x01\x00\x00\x00")
print(v, v[0] is v[1])
v = marshal.loads(b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00")
print(len(v), v[0] is v)
v = marshal.loads(b"\xa9\x02\xe9\x05\x00\x00\x00r\x01\x00\x00\x00")
print(v)
for bad in (b"r\x00\x00\x00\x00", b"[\x01\x00\x00\x00r\x05\x00\x00\x00", b"\xbe\x01\x00\x00\x00r\x00\x00\x00\x00"):
    try:
        marshal.loads(bad)
    except ValueError as e:
        print("ValueError", e)
