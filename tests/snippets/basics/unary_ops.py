print(-5, +5, ~5, -(-5), --5, -+-5, not 5)
print(-True, +True, ~True, ~False, -0.0, +(-0.0), -1.5, -(1 + 2j))
x = 7
print(-x, ~x, not x, -x ** 2, (-x) ** 2, ~x ** 2)
for expr in ["-'a'", "+[1]", "~1.0", "-None", "~'s'", "+(1,)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
