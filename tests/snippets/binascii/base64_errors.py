# a2b_base64 errors, strict_mode, argument errors
import binascii

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for s in [b"a", b"ab", b"abc", b"abcde", b"ab=c", b"a===", b"abcd=e"]:
    check(binascii.a2b_base64, s)
for s in [b"=abc", b"ab==c", b"a!bc", b"ab=c=", b"ab==", b"YWJj\n", b"YW Jj"]:
    check(binascii.a2b_base64, s, strict_mode=True)
check(binascii.a2b_base64, b"YW Jj", strict_mode=False)
check(binascii.a2b_base64, 1)
check(binascii.a2b_base64, "é")
check(binascii.a2b_base64, data=b"")
check(binascii.a2b_base64)
check(binascii.a2b_base64, b"", True)
check(binascii.b2a_base64, "str")
check(binascii.b2a_base64, b"x", nl=1)
check(binascii.b2a_base64, b"x", newline="yes")
check(binascii.b2a_base64, b"x", newline=1.5)
