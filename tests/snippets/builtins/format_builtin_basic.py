# format() with str and int values and an empty spec
print(format("abc"), format(42), format("x", ""), repr(format("", "")))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "spec"), format(F()))
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad(), "")
except TypeError as e:
    print("TypeError:", e)
