from array import array

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for tc in "bBhHiIlLqQ":
    for v in (2**7, -2**7 - 1, 2**8, -1, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63 - 1, 1.5, "x", None):
        attempt(f"{tc} {v!r}", lambda: array(tc, [v]).tolist())
for v in ("x", "ab", 1, ""):
    attempt(f"u {v!r}", lambda: array("u", [v]))
attempt("f str", lambda: array("f", ["1"]))
attempt("d big", lambda: array("d", [10**400]))
attempt("no args", lambda: array())
attempt("bad code", lambda: array("x"))
attempt("int code", lambda: array(1))
attempt("long code", lambda: array("bb"))
attempt("too many", lambda: array("b", 1, 2))
attempt("kw", lambda: array("b", initializer=[1]))
attempt("str init", lambda: array("b", "abc"))
attempt("unicode array init", lambda: array("i", array("u", "ab")))
attempt("not iterable", lambda: array("i", 5))
