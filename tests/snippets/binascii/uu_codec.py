# b2a_uu / a2b_uu, backtick, length limit, garbage
import binascii

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b"", b"a", b"hello world", bytes(range(45))]:
    enc = binascii.b2a_uu(data)
    print(enc, binascii.b2a_uu(data, backtick=True), binascii.a2b_uu(enc) == data)
check(binascii.b2a_uu, b"x" * 46)
check(binascii.a2b_uu, b"+:&5L;&\\@=V]R;&0`\n")
check(binascii.a2b_uu, b"!80``   \n")
check(binascii.a2b_uu, "!80")
check(binascii.a2b_uu, b"!!!!!!!!")
check(binascii.a2b_uu, b"!\x01")
check(binascii.a2b_uu, b"\n")
check(binascii.a2b_uu, b" ")
check(binascii.b2a_uu, b"x", True)
