import marshal
# Versions 0 and 1 write floats as text ('%.17g').
for v in (0.0, -0.0, 1.0, 1.5, 0.1, 1/3, 1e16, 1e17, 1.5e-5, 1e-4, 12345.678, 1e300, 5e-324, float("inf"), float("-inf")):
    for ver in (0, 1):
        d = marshal.dumps(v, ver)
        print(ver, repr(v), d, marshal.loads(d) == v)
d = marshal.dumps(float("nan"), 0)
print(d, marshal.loads(d) != marshal.loads(d))
