class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__")
        return self.v

i = Idx(2)
data = ["a", "b", "c", "d"]
print(data[i], data[Idx(1):Idx(3)], "xyz"[Idx(0)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), [0] * Idx(2))
print(operator_like := int.__index__(7))
class NotIdx:
    pass
for bad in [lambda: data[NotIdx()], lambda: data[Idx("s")], lambda: range(NotIdx()), lambda: "ab" * NotIdx()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
