def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for s in ["hello World", "HELLO", "", "123 abc DEF", "mIxEd CaSe 42", "a_b-c.d'e", "ümlaut ÄÖÜ", "ǆ ǅ Ǆ", "ß straße"]:
    print(repr(s), s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
t(lambda: "a".lower(1))
t(lambda: "a".upper(x=1))
t(lambda: "a".title(None))
t(lambda: "a".swapcase(1, 2))
t(lambda: "a".capitalize(""))
t(lambda: "a".casefold(1))
t(lambda: str.lower(1))
t(lambda: str.upper())
