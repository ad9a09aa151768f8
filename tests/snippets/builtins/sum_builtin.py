# sum(): ints, floats, start, big ints, lists, generator input
print(sum([1, 2, 3]), sum([1, 2], 10), sum([], 5), sum(range(101)), sum(x * x for x in range(4)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([2**62, 2**62]), sum([True, True, 3]), sum([1.5, 2], start=1))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([10**20, -10**20, 1]))
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Acc(self.v + other)
    def __radd__(self, other):
        return Acc(self.v + other)
print(sum([1, 2], Acc(0)).v, sum([Acc(1), 5]).v if False else "skip")
