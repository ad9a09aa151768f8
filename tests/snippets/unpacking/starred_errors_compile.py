# starred expressions that the compiler rejects
sources = [
    "a, *b, *c = range(5)",
    "*a = [1]",
    "print(*)",
    "x = *range(3)",
    "del *a",
    "[*a for a in b]",
    "*a, b",
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print(f"{src!r}: {e.msg}")
