def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

vals = [0.1, 1e16, 1e-5, -0.0, float("inf"), float("nan"), 1.0, 3.14159, 1e300]
print(vals)
print(tuple(vals))
print({"k": 0.5, "j": 1e-7})
print(set([2.5]))
print(str(1.5), repr(1.5), f"{1.5}", f"{1.5!r}", "%s" % 1.5, "{}".format(1e22), "{!r}".format(1e-7))
print(str(2.0 ** 0.5), str(1 / 7), ascii(1e100), format(1e100), [str(10.0 ** k) for k in (15, 16, 17, -4, -5)])
print(1.0 * 10 ** 16, 12345678901234567.0, 0.000001, 0.0000001, 123456789.0 * 1000)
