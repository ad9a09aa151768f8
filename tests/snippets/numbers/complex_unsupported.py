def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

z = 1 + 1j
for expr in ["z // 2", "z % 2", "divmod(z, 2)", "2 // z", "2 % z", "divmod(2, z)", "z << 1", "z & 1", "~z",
             "int(z)", "float(z)", "round(z)", "z.__round__()", "z < 1", "[1, 2][z]", "range(z)", "hex(z)",
             "z.__floordiv__", "z.__trunc__()", "abs('x')", "bool(z)", "z ** 'x'", "'%d' % z", "'%f' % z", "z.is_integer()"]:
    t(expr, lambda: eval(expr))
