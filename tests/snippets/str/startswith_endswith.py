def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = "hello world"
for a in [("hello",), ("world",), ("",), ("", 11), ("", 12), ("o", 4), ("o", 4, 5), ("o", 4, 4), ("wor", 6, 9), ("lo", -8, -5),
          (("x", "he"),), (("x", "y"),), ((),), ("hello", -100), ("d", 2**100), ("h", None, None)]:
    print(a, s.startswith(*a), s.endswith(*a))
t(lambda: s.startswith())
t(lambda: s.startswith(1))
t(lambda: s.endswith([1]))
t(lambda: s.startswith(("a", 1)))
t(lambda: s.startswith(("h", 1)))
t(lambda: s.endswith(("x", 2)))
t(lambda: s.startswith("a", "x"))
t(lambda: s.endswith("a", 1, 2, 3))
t(lambda: s.startswith(prefix="a"))
