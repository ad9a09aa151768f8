# format() and __format__
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "#x"), format("s", ">5"), format(1234567, ","))
print(format(0.5, "%"), format(12, ""), format(None), format([1, 2]))
class Temp:
    def __format__(self, spec):
        return f"Temp<{spec}>"
print(format(Temp(), "celsius"), f"{Temp():x}", "{:y}".format(Temp()))
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(5, "q")
except ValueError as e:
    print("ValueError:", e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
