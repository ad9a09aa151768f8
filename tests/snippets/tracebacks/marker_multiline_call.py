# An expression spanning lines: the first line is shown, marked to its last non-space character.
def check(a, b, c):
    raise RuntimeError(f"{a} {b} {c}")

result = check(
    1,
    2,
    3,
)
