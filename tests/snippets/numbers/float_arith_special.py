def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

inf, nan = float("inf"), float("nan")
vals = [0.0, -0.0, 1.0, -1.0, inf, -inf, nan, 1e308, 5e-324]
for a in vals:
    print(repr(a), [repr(a + b) for b in vals], [repr(a - b) for b in vals])
    print(" ", [repr(a * b) for b in vals])
for a in vals:
    out = []
    for b in vals:
        try:
            out.append(repr(a / b))
        except ZeroDivisionError as e:
            out.append("ZDE")
    print(repr(a), out)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, 0.0 * -5, -(0.0), abs(-0.0), -0.0 == 0.0, 1e308 * 10, -1e308 * 10)
print(0.1 + 0.2 == 0.3, 0.1 * 3, 1 - 0.9, 1e16 + 1, 2**53 + 1.0, 1.0 / 3 * 3)
