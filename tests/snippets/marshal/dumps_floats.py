import marshal
for v in (0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e300, 1e-300, 5e-324, float("inf"), float("-inf"), 1.7976931348623157e308):
    print(repr(v), marshal.dumps(v))
n = marshal.loads(marshal.dumps(float("nan")))
print(n != n)
items = [1.5, 1.5, 2.5]
print(marshal.dumps(items))
