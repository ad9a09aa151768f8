def compute(a, b, c):
    return (
        a * 2
        + b["key"]
        + c
    )

print(compute(1, {"key": 2}, 3))
print(compute(1, {"other": 2}, 3))
