import operator
pairs = [(7, 3), (-7, 3), (7.5, 2), (2, 10), (True, 5), (3, -2)]
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"]
for a, b in pairs:
    row = []
    for n in names:
        try:
            row.append(repr(getattr(operator, n)(a, b)))
        except Exception as e:
            row.append(type(e).__name__)
    print(a, b, " ".join(row))
for v in [5, -5, 0, 2.5, True]:
    print(v, operator.neg(v), operator.pos(v), operator.abs(v), operator.not_(v), operator.truth(v))
    if isinstance(v, int):
        print(" ", operator.inv(v), operator.invert(v), operator.index(v))
print(operator.matmul.__name__, operator.concat("ab", "cd"), operator.concat([1], [2]))
