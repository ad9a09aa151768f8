# A class's __format__ receives the spec text; f-strings, str.format and format specs all call it.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"{self.cents / 100:.2f}"
        return f"${self.cents / 100:{spec}}"

m = Money(123456)
print(f"{m}", f"{m:,.2f}", f"{m:>12.1f}", "{0:_.0f}".format(m), "{:}".format(m))

class Bad:
    def __format__(self, spec):
        return 42

try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError:", e)
try:
    "{}".format(Bad())
except TypeError as e:
    print("TypeError:", e)

class Spy:
    def __format__(self, spec):
        return "<" + spec + ">"

w = 7
print(f"{Spy():{w}.{w}x}", "{0:{1}{1}}".format(Spy(), "ab"), f"{Spy()!r:>3}"[:6])
