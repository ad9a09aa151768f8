class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__")
        return self.n

class Both(WithLen):
    def __bool__(self):
        return True

class Neither:
    pass

print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(5)))
print(bool(Both(0)), bool(Neither()))
if not WithLen(0):
    print("empty is falsy")
print("yes" if WithBool(True) and WithLen(2) else "no")
for bad in [lambda: bool(WithBool(1)), lambda: len(WithLen(-1)), lambda: len(WithLen(2.5)), lambda: len(Neither()),
            lambda: bool(WithLen("x"))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
