def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
        0.0001, 0.00001234, 1e22, 1e23, 9007199254740993.0, 5e-324, 1e-323, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 1.5e300,
        123.456, 100.0, 1e100, 2.0 ** -25, 2.0 ** -1022, 2.0 ** 60, 4.35, 0.3, 1.1, 2.675, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v), v.hex())
print([10.0 ** k for k in range(-8, 24)])
print([2.0 ** k for k in range(-10, 70, 7)])
print([k / 10 for k in range(-12, 13)])
print([1 / k for k in range(1, 30)])
