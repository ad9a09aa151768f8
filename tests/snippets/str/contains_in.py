def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "hello 😀 world"
for x in ["", "h", "hello", "😀", "o 😀 w", "xyz", "world!", " "]:
    print(repr(x), x in s, x not in s, s.__contains__(x))
t(lambda: 1 in s)
t(lambda: None in s)
t(lambda: b"h" in s)
t(lambda: s.__contains__())
t(lambda: ["h"] in s)
