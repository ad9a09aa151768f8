# "too many values to unpack" messages
cases = [
    "a, b = 1, 2, 3",
    "a, = [1, 2]",
    "a, b = 'xyz'",
    "a, b = iter(range(10))",
    "a, b = {1: 1, 2: 2, 3: 3}",
    "[a, b] = range(100)",
]
for src in cases:
    try:
        exec(src)
    except ValueError as e:
        print(f"{src:28} -> {e}")
