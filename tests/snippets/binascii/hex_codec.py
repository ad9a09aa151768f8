# hexlify / b2a_hex with separators, unhexlify / a2b_hex and their errors
import binascii

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

check(binascii.hexlify, b"\xb9\x01\xef")
check(binascii.hexlify, b"\xb9\x01\xef", ":")
check(binascii.b2a_hex, b"\xb9\x01\xef", b"_", 2)
check(binascii.b2a_hex, b"\xb9\x01\xef\x02", "-", -3)
check(binascii.b2a_hex, data=bytearray(b"ab"), sep=" ", bytes_per_sep=1)
check(binascii.hexlify, b"")
check(binascii.hexlify, b"abc", "::")
check(binascii.hexlify, b"abc", "é")
check(binascii.hexlify, b"abc", 1)
check(binascii.hexlify, "abc")
check(binascii.unhexlify, b"B901ef")
check(binascii.unhexlify, "b901EF")
check(binascii.a2b_hex, bytearray(b"00ff"))
check(binascii.unhexlify, b"abc")
check(binascii.unhexlify, b"zz")
check(binascii.unhexlify, "é0")
check(binascii.unhexlify, hexstr=b"00")
check(binascii.unhexlify, 12)
print(bytes.fromhex(binascii.hexlify(bytes(range(256))).decode()) == bytes(range(256)))
for a in [(b"abc", b"\x00"), (b"abcd", "\x00", 3), (b"abcd", b"\x00", -3), (b"", b"\x00"), (b"ab", "\xff"), (b"abcdef", ":", 0)]:
    check(binascii.hexlify, *a)
