import hmac
from _operator import _compare_digest
print(_compare_digest("abc", "abc"), _compare_digest("abc", "abd"), _compare_digest("ab", "abc"))
print(_compare_digest(b"abc", b"abc"), _compare_digest(b"abc", bytearray(b"abc")), _compare_digest(memoryview(b"x"), b"y"))
print(hmac.compare_digest(b"\x00\xff", b"\x00\xff"), hmac.compare_digest("", ""))
for a, b in [("a", b"a"), (1, 2), ("é", "é"), (b"a", "a"), (None, b"")]:
    try:
        print(_compare_digest(a, b))
    except TypeError as e:
        print("TypeError:", e)
