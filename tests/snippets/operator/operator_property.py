# Every binary operator function over a grid of operand types, compared with the operator expressions.
import operator
values = [0, 1, -3, 2**70, 2.5, -0.0, 1j, True, "ab", b"x", [1], (2,), {3}, frozenset({4}), None, range(3)]
ops = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%", "pow": "**",
       "lshift": "<<", "rshift": ">>", "and_": "&", "or_": "|", "xor": "^", "lt": "<", "le": "<=", "eq": "==",
       "ne": "!=", "gt": ">", "ge": ">="}
def attempt(f):
    try:
        r = f()
        return repr(r) if not isinstance(r, (list, bytes, str)) or len(r) < 40 else f"<{type(r).__name__} len {len(r)}>"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
mismatch = 0
for name, sym in ops.items():
    f = getattr(operator, name)
    for a in values:
        for b in values:
            if name == "pow" and isinstance(b, int) and b > 100:
                continue
            r1 = attempt(lambda: f(a, b))
            r2 = attempt(lambda: eval(f"a {sym} b"))
            if r1 != r2:
                mismatch += 1
            print(name, repr(a), repr(b), r1)
print("mismatches", mismatch)
