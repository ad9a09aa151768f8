# UnicodeDecodeError/EncodeError/TranslateError: constructor checks, attributes and messages.
for args in [("utf-8", b"\xff\xfe", 0, 1, "bad"), ("utf-8", b"\xff\xfe", 0, 2, "bad"), ("x", b"", 0, 0, "r")]:
    e = UnicodeDecodeError(*args)
    print(str(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)
for args in [("ascii", "é", 0, 1, "no"), ("ascii", "\U0001f600x", 0, 1, "no"), ("ascii", "\u20acx", 0, 1, "no"), ("ascii", "ab", 0, 2, "no")]:
    e = UnicodeEncodeError(*args)
    print(str(e), e.start, e.end)
e = UnicodeTranslateError("é", 0, 1, "t"); print(str(e))
e = UnicodeTranslateError("éa", 0, 2, "t"); print(str(e))
for bad in [(), ("a",), (1, b"", 0, 0, "r"), ("a", "s", 0, 0, "r"), ("a", b"", "0", 0, "r")]:
    try:
        UnicodeDecodeError(*bad)
    except TypeError as t:
        print(t)
try: UnicodeEncodeError("a", b"x", 0, 1, "r")
except TypeError as t: print(t)
print(repr(UnicodeError("x")), str(UnicodeDecodeError.__new__(UnicodeDecodeError)))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"); e.start = 7; e.reason = "changed"; print(e)
import sys
e = UnicodeEncodeError("ascii", "caf\u00e9", 3, 4, "ordinal not in range(128)")
sys.excepthook(type(e), e, None)
b"\xff".decode("utf-8")
