# OR patterns: alternatives must bind the same names
def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case [x, 0] | [0, x]:
            return f"pair with zero, other {x}"
        case {"a": x} | {"b": x}:
            return f"a-or-b {x}"
        case (str() | bytes()) as s:
            return f"text {s!r}"
        case _:
            return "other"

for v in [2, [5, 0], [0, 6], [0, 0], {"b": 1}, {"a": 2, "b": 3}, "s", b"b", 4.5]:
    print(repr(v), "->", f(v))

for src in ["case x | y: pass", "case [x] | [y]: pass", "case _ | 1: pass", "case x | 1: pass"]:
    try:
        compile("match v:\n    " + src, "<s>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
