# patterns the compiler rejects
sources = [
    "case f(): pass",
    "case x.y(): pass",
    "case [*a, *b]: pass",
    "case {**_}: pass",
    "case 1 + 2: pass",
    "case a.b if x: pass\n    case C(a, b=1, c): pass",
    "case C(x=1, x=2): pass",
    "case irrefutable:\n        pass\n    case 1: pass",
    "case f'x': pass",
]
for src in sources:
    try:
        compile("match v:\n    " + src, "<s>", "exec")
        print("compiles:", src.splitlines()[0])
    except SyntaxError as e:
        print(f"{src.splitlines()[0]!r}: {e.msg}")
