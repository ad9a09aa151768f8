def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for s in ["a\nb\r\nc\rd", "a\n", "\n", "", "a\n\nb", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "a\r\r\nb", "\r\n\r\n", "a\x1fb"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
t(lambda: "a\nb".splitlines(1.5))
t(lambda: "a\nb".splitlines("x"))
t(lambda: "a\nb".splitlines(keepends=2))
t(lambda: "a\nb".splitlines(keepends=0))
t(lambda: "a\nb".splitlines(x=2))
t(lambda: "a\nb".splitlines(True, False))
t(lambda: "a\nb".splitlines(None))
