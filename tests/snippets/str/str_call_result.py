# str(x) returns __str__'s result: an exact str as it is; a str subclass's instance gets its __init__ called
# with str's arguments (type_call), and a non-str result is a TypeError.
class S(str):
    def __init__(self, *a):
        print("S.__init__", [type(x).__name__ for x in a])


class A:
    def __str__(self):
        return S("x")


class B:
    def __str__(self):
        return 5


r = str(A())
print(type(r).__name__, r)
try:
    str(B())
except TypeError as e:
    print(e)
print(str(5), str(-12), str(10 ** 30), str("s"), str(b"ab"), str(), str(1.5), str(None), type(str(S("q"))).__name__)
print(str(object="k"), str(b"ab", "ascii"), str(True), repr(str("")), str(S("z")) == "z")


class E:
    def __str__(self):
        raise ValueError("no str")


try:
    str(E())
except ValueError as e:
    print(e)
