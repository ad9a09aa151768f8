# min/max call the key once per item, in order
calls = []
def key(x):
    calls.append(x)
    return -x
print(max([3, 1, 2], key=key), calls)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
print(min(Cmp(2), Cmp(1), Cmp(3)).v)
print(max(Cmp(2), Cmp(1)).v)
