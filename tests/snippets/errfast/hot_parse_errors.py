# int(str) / float(str) ValueErrors in hot loops (no .NET throw): messages, args, context, traceback; the cases
# that don't take the fast path (str subclasses, bases, keywords, bytes, other types) behave as before.
class S(str):
    def __int__(self): return 99
class T(str): pass
def main():
    seen = {}
    good = []
    for i in range(1200):
        for s in ("x1", "", " ", "1.5", "0x10", "1__0", "12a", "\u0661\u0662x", "9" * 5 + "z", "a" * 300):
            try: int(s)
            except ValueError as e: seen[("int", s[:12])] = (str(e)[:80], len(e.args), e.__traceback__.tb_lineno)
        for s in ("x1", "", "1e", "1_.5", "--1", "nan1", "\u0661.\u0665x", "1.5 2"):
            try: float(s)
            except ValueError as e: seen[("float", s)] = (str(e), e.__traceback__.tb_lineno)
        good.append((int(" 12 "), int("-0"), int("\u0661\u0662"), int("1_000"), int("+7\n"), float(" 1e5 "), float("1_0.5"),
                     float("-inf"), float("\u0661.\u0665"), int(T("5")), int(S("5")), int("ff", 16), int("0x1f", 0), float(T("2.5"))))
        try: int(T("z"))
        except ValueError as e: seen["T"] = str(e)
        try: int("z", 36 if i < 0 else 10)
        except ValueError as e: seen["base"] = str(e)
        try: int(x="1")
        except TypeError as e: seen["kw"] = str(e)
        try: int(b"q")
        except ValueError as e: seen["bytes"] = str(e)
        try: float(b"q")
        except ValueError as e: seen["fbytes"] = str(e)
        try: int([])
        except TypeError as e: seen["list"] = str(e)
        try:
            try: int("bad")
            except ValueError: raise KeyError(i)
        except KeyError as e: ctx = e.__context__
    for k in sorted(seen, key=repr): print(k, seen[k])
    print(good[-1], len(good), repr(ctx), ctx.__traceback__.tb_lineno)
main()
def conv(xs):
    return [int(x) for x in xs]
for i in range(1500): conv(["1", "2"])
conv(["1", "two"])
