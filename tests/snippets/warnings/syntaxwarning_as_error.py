import _warnings
_warnings.filters.insert(0, ("error", None, SyntaxWarning, None, 0))
_warnings._filters_mutated()
for src in ["x = 1\ny = x is 'a'\n", "assert (1, 'm')\n", "f = (1, 2)(3)\n", "ok = 1\n"]:
    try:
        compile(src, "gen.py", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
