# len() of builtins, __len__ results, and errors
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len([1, 2]), len("héllo"), len({1: 2}), len(range(10)), len(L(3)), len(b"ab"), len(()))
for x in [L(-1), L("a"), 5, L(2**70)]:
    try:
        print(len(x))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
