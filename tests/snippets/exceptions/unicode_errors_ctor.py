e = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(str(e), repr(e))
print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
e = UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "bad")
print(str(e))
e = UnicodeDecodeError("ascii", bytearray(b"\xff"), 0, 1, "bad")
print(str(e), type(e.object).__name__)
e = UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "ordinal not in range(128)")
print(str(e), repr(e))
print(UnicodeEncodeError("latin-1", "\u20ac", 0, 1, "r"))
print(UnicodeEncodeError("x", "\U0001f600", 0, 1, "r"))
print(UnicodeEncodeError("x", "abc", 0, 3, "r"))
print(UnicodeEncodeError("x", "abc", 5, 9, "r"))
t = UnicodeTranslateError("a\u1234b", 1, 2, "no map")
print(str(t), repr(t), t.object, t.start, t.end, t.reason, t.encoding)
print(UnicodeTranslateError("abc", 0, 2, "r"))
for ctor, args in [
    (UnicodeDecodeError, ("utf-8", "str", 0, 1, "r")),
    (UnicodeDecodeError, ("utf-8", b"x", 0, 1)),
    (UnicodeDecodeError, (1, b"x", 0, 1, "r")),
    (UnicodeEncodeError, ("utf-8", b"x", 0, 1, "r")),
    (UnicodeEncodeError, ("utf-8", "x", "0", 1, "r")),
    (UnicodeEncodeError, ("utf-8", "x", 0, 1, 5)),
    (UnicodeTranslateError, (b"x", 0, 1, "r")),
    (UnicodeTranslateError, ("x", 0, 1)),
]:
    try:
        ctor(*args)
    except TypeError as ex:
        print(ctor.__name__, "TypeError:", ex)
e = UnicodeEncodeError("ascii", "abc", 0, 1, "r")
e.start = 1
e.end = 3
e.reason = "new"
print(str(e))
print(repr(str(UnicodeError())), repr(UnicodeError("x", 1)))
print(repr(str(UnicodeDecodeError.__new__(UnicodeDecodeError))))
