# round() errors
class NoRound:
    pass
class MyRound:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(MyRound()), round(MyRound(), 3), round(number=1.5, ndigits=None))
for call in [lambda: round("a"), lambda: round(NoRound()), lambda: round(1.5, 1.0), lambda: round(float("inf")),
             lambda: round(float("nan")), lambda: round(1.5, 1, 2), lambda: round(), lambda: round(x=1)]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
