# assignment expressions may not rebind a comprehension iteration variable
sources = [
    "[i := 0 for i in range(3)]",
    "[x for x in (y := [1, 2])]",
    "[[(j := j) for i in range(2)] for j in range(2)]",
    "class C:\n    [(z := 1) for _ in range(2)]",
    "[(a := 1) for a, b in []]",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
