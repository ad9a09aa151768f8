def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: str.upper(1))
t(lambda: str.join(1, []))
t(lambda: str.split(None))
t(lambda: str.find(b"a", "a"))
t(lambda: str.encode(1))
t(lambda: str.__getitem__(1, 0))
t(lambda: str.__len__(1))
t(lambda: str.__contains__(1, "a"))
t(lambda: str.upper())
t(lambda: str.lower("ABC"))
t(lambda: str.replace("aaa", "a", "b", 2))
t(lambda: str.maketrans("a", "b"))
t(lambda: str.__add__("a", 1))
t(lambda: str.__mul__("a", 3))
t(lambda: str.__mod__("%s", 3))
