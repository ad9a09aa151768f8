# abs() of ints, floats, bools and objects with __abs__
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-10**30))
class V:
    def __abs__(self):
        return "absolute"
print(abs(V()))
for x in ["a", None, [1]]:
    try:
        abs(x)
    except TypeError as e:
        print("TypeError:", e)
try:
    abs()
except TypeError as e:
    print("TypeError:", e)
