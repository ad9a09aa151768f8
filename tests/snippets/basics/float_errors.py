cases = [
    lambda: 1.0 / 0,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0),
    lambda: 0.0 ** -1,
    lambda: 2.0 ** 10000,
    lambda: float(10 ** 400),
    lambda: 10 ** 400 / 1,
    lambda: 10 ** 400 * 1.0,
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: (-8.0) ** 0.5,
    lambda: pow(2, -1, 4),
    lambda: pow(2, 3, 0),
    lambda: 1 << -1,
    lambda: 1 >> -1,
    lambda: float("abc"),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except Exception as e:
        print(i, type(e).__name__, e)
