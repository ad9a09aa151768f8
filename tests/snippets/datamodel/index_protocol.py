class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v

data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], "abcdef"[Idx(-1)])
print(range(10)[Idx(2)], (1, 2, 3)[Idx(0)])
print([0] * Idx(2), Idx(2) * "ab")
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
import operator
print(operator.index(Idx(7)))

class NotIdx:
    pass
for expr in ["data[NotIdx()]", "'s' * NotIdx()", "data[1:NotIdx()]", "hex(NotIdx())"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)

class BadIdx:
    def __index__(self):
        return 1.5
try:
    data[BadIdx()]
except TypeError as e:
    print("TypeError:", e)


class IntSub(int):
    def __index__(self):
        return 99
print(data[IntSub(2)], operator.index(IntSub(2)))
