for src in ["True = 1", "None = 0", "x.None = 1", "def f(None): pass", "False += 1", "__debug__ = 1",
            "del True", "for None in []: pass", "import x as True", "f(True=1)", "... = 1"]:
    try:
        compile(src, "<snippet>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
print(__debug__, type(__debug__).__name__)
