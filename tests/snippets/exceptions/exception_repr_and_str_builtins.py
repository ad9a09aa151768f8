cases = [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("key"), KeyError(), KeyError(1, 2),
         OSError(), OSError("x"), OSError(2, "ENOENT"), StopIteration(5), SystemExit(3),
         UnicodeError("u"), AttributeError("attr", name="n", obj=None), BaseException("base"),
         ExceptionGroup("g", [ValueError(1)])]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e))
