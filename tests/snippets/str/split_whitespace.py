def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for s in ["  a  b   c  ", "a b c", "", "   ", "a\tb\nc\rd\x0be\x0cf", "a\x1cb\x1dc\x1ed\x1fe", "a\x85b\xa0c\u2000d\u3000e",
          "a\u200bb", "one", " one "]:
    print(repr(s), s.split(), s.rsplit())
    print(" ", s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
print("a  b  c  ".split(None, 1), "  a  b  c".rsplit(None, 1))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "a b".split(maxsplit=-5))
