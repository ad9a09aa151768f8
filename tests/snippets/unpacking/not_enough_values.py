# "not enough values to unpack" messages
cases = [
    "a, b, c = 1, 2",
    "a, b = [1]",
    "a, b = ''",
    "a, *b, c = [1]",
    "a, b, *c, d = 'xy'",
    "a, b = iter([1])",
    "(a, b), c = [1], 2",
]
for src in cases:
    try:
        exec(src)
    except ValueError as e:
        print(f"{src:22} -> {e}")
