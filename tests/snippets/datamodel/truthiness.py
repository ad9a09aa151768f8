class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__", self.v)
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__", self.n)
        return self.n

class Both(B):
    def __len__(self):
        print("never")
        return 0

print(bool(B(True)), bool(L(0)), bool(L(3)), bool(Both(True)))
print("yes" if L(2) else "no", not B(False), B(False) or "fallback", bool(L(0) and "unreached"))
for bad in [B(1), B("s"), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print("TypeError:", e)
for n in [-1, "3", 2**100, 1.5]:
    try:
        bool(L(n))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

class Neither:
    pass
print(bool(Neither()), bool(object()))
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError:", e)
class LenIndex:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
print(len(LenIndex()), bool(LenIndex()))
while B(False):
    pass
if not L(0):
    print("empty")
