# Compiled code's `for x in range(...)` without a range object applies only to the builtin range itself: a range
# rebound after the code is hot (module global, builtins module, a local, a class attribute, an argument) must be
# called as before, and the builtin range must come back when the rebinding goes.
import builtins

real_range = range


def myrange(*args):
    return ["my"] + list(real_range(*args))


class Sized:
    def __init__(self, *args):
        self.args = args

    def __iter__(self):
        return iter(("sized",) + self.args)


def body(n):
    out = []
    for x in range(n):
        out.append(x)
    out.append([x for x in range(2, n)])
    out.append(list(x for x in range(0, n, 2)))
    return out


def with_local(n):
    range = Sized
    return [x for x in range(n)], list(range(n, n))


def with_arg(n, range=real_range):
    return [x for x in range(n, 0, -1)]


def hot(f, *args):
    first = None
    for _ in range(1200):
        r = f(*args)
        first = first or r
        if r != first:
            return ("changed", first, r)
    return r


print("builtin:", hot(body, 5))
range = myrange                      # module global shadows the builtin
print("global:", hot(body, 5))
del range
print("restored:", hot(body, 5))
builtins.range = Sized               # the builtins module's range
try:
    print("builtins:", hot(body, 5))
finally:
    builtins.range = real_range
print("restored:", hot(body, 5))
print("local:", hot(with_local, 4))
print("arg default:", hot(with_arg, 4))
print("arg other:", hot(with_arg, 4, Sized))
print("arg myrange:", hot(with_arg, 4, myrange))


# rebound while a hot function runs: each call looks the name up again
def switching(n):
    out = []
    for i in real_range(n):
        if i == n // 2:
            globals()["range"] = myrange
        out.append([x for x in range(3)])
    del globals()["range"]
    return out


for _ in real_range(1200):
    r = switching(4)
print("switching:", r)


class C:
    range = staticmethod(myrange)

    def m(self, n):
        return [x for x in self.range(n)], [x for x in range(n)]


print("attribute:", hot(C().m, 3))
