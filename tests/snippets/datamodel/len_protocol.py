class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Sized(3)), len(Sized(True)))
for n in [-1, 2**63, "x", 3.0, None]:
    try:
        print(len(Sized(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)

class IntSub(int):
    pass
class ReturnsSub:
    def __len__(self):
        return IntSub(7)
r = len(ReturnsSub())
print(r, type(r).__name__)

class L(list):
    def __len__(self):
        return 42
l = L([1, 2])
print(len(l), bool(L()), list(l), l)
