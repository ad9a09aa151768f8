class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("__eq__ called")
        return isinstance(other, OnlyEq) and self.v == other.v

a, b = OnlyEq(1), OnlyEq(1)
print(a == b)
print(a != b)
print(a != OnlyEq(2))

class Refuse:
    def __eq__(self, other):
        return NotImplemented
r = Refuse()
print(r == r, r == Refuse(), r != r)

class Left:
    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, other):
        print("Right.__eq__")
        return NotImplemented
print(Left() == Right())
print(Left() != Right())
print([1, OnlyEq(1)] == [1, OnlyEq(1)])
