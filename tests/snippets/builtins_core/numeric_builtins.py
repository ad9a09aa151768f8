# abs, divmod, pow, round
print(abs(-5), abs(3.5), abs(-0.0), abs(3 - 4j), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), pow(2.0, 0.5))
print(pow(3, -1, 7), pow(38, -1, 97))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(5.0))
print(round(1.5), type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(17, -1))
for call in [lambda: divmod(1, 0), lambda: pow(2, -1, 4), lambda: pow(0, -1), lambda: abs("x"),
             lambda: round("1"), lambda: pow(2, 3, 0), lambda: divmod(1.0, 0)]:
    try:
        print(call())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")
class Money:
    def __abs__(self):
        return "abs called"
    def __round__(self, n=None):
        return f"round({n})"
print(abs(Money()), round(Money()), round(Money(), 2))
