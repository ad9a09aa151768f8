# Compiled code's `for x in range(...)` takes its no-range-object path only for exact machine-word ints: int
# subclasses and __index__ objects (with side effects, in argument order), bools, big ints, and bad arguments
# (floats, strings, zero step, keywords, argument counts) must behave, raise and report exactly as the builtin call.
import sys


class I(int):
    def __index__(self):
        log.append("I.__index__(%d)" % int(self))
        return int(self) + 100


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        log.append("Idx(%r)" % (self.v,))
        if isinstance(self.v, str):
            raise ValueError("bad index " + self.v)
        return self.v

    def __repr__(self):
        return "Idx(%r)" % (self.v,)


log = []


def loop1(a):
    out = []
    for x in range(a):
        out.append(x)
        if len(out) == 8:
            break
    return out


def loop2(a, b):
    return [x for x, _ in zip((x for x in range(a, b)), "12345678")]


def loop3(a, b, c):
    out = []
    for x in range(a, b, c):
        out.append(x)
        if len(out) == 8:
            break
    else:
        out.append("done")
    return out


def loop_kw(a):
    return [x for x in range(a, step=1)]


def loop_many(a):
    return [x for x in range(a, a, a, a)]


def loop_none():
    return [x for x in range()]


def attempt(f, *args):
    r = None
    try:
        for _ in range(1100):
            del log[:]
            r = f(*args)
        print(f.__name__, args, "->", r[:8], log)
    except Exception as e:
        print(f.__name__, args, "->", type(e).__name__, e, log)


attempt(loop1, 6)
attempt(loop1, I(3))
attempt(loop1, Idx(4))
attempt(loop1, True)
attempt(loop1, 1.5)
attempt(loop1, "3")
attempt(loop1, None)
attempt(loop1, 2**64)
attempt(loop1, -2**70)
attempt(loop1, Idx("x"))
attempt(loop2, 3, 9)
attempt(loop2, I(1), I(2))
attempt(loop2, Idx(2), Idx(5))
attempt(loop2, Idx("a"), Idx(5))
attempt(loop2, Idx(1), Idx("b"))
attempt(loop2, 2**63 - 2, 2**63 + 1)
attempt(loop2, False, 3)
attempt(loop2, 1, 2.0)
attempt(loop3, 0, 10, 3)
attempt(loop3, 10, 0, -3)
attempt(loop3, 0, 10, 0)
attempt(loop3, I(0), 10, 0)
attempt(loop3, 0, 10, Idx(0))
attempt(loop3, Idx(0), Idx(10), Idx(2))
attempt(loop3, 1, 10, 2.5)
attempt(loop3, 0, 2**65, 2**63)
attempt(loop3, 5, -5, -2**63)
attempt(loop_kw, 3)
attempt(loop_many, 3)
attempt(loop_none)


# The error's traceback points at the range call, in a hot function.
def hot_then_fail(n, step):
    total = 0
    for x in range(0, n, step):
        total += x
    return total


for i in range(1200):
    hot_then_fail(10, 1)
hot_then_fail(10, 0)
