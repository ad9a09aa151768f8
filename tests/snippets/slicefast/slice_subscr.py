# BUILD_SLICE + BINARY_SUBSCR in hot (compiled) code: exact str/list/tuple with None or int bounds take a fast
# path; everything else (subclasses, big ints, bools, __index__ objects, zero steps, other containers) must behave
# exactly as through slice objects.
import sys


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return "Idx(%d)" % self.v


class S(str):
    def __getitem__(self, k):
        return "S" + str(type(k).__name__) + str(super().__getitem__(k))


class L(list):
    pass


class T(tuple):
    pass


class Seq:
    def __getitem__(self, k):
        return (k.start, k.stop, k.step)


def run(x, a, b, c):
    out = []
    for _ in range(3):
        out.append(x[a:b])
        out.append(x[a:b:c])
        out.append(x[:b])
        out.append(x[a:])
        out.append(x[::c])
        out.append(x[::-1][:3])
        out.append(x[-2:])
    return out


def check(x, a, b, c):
    try:
        r = None
        for _ in range(400):
            r = run(x, a, b, c)
        print(type(x).__name__, repr(a), repr(b), repr(c), r[:7])
    except Exception as e:
        print(type(x).__name__, repr(a), repr(b), repr(c), "->", type(e).__name__, e)


s = "héllo, wörld 🐍 snake"
for x in (s, "ascii only text", list(range(12)), tuple(range(12)), S("subclassed"), L([1, 2, 3, 4, 5]), T((1, 2, 3, 4)), Seq(), b"bytes!", bytearray(b"ba"), range(10)):
    for a, b, c in ((1, 5, 2), (-3, None, -1), (None, -2, 3), (0, 100, 1), (2**70, -2**70, -1), (True, 4, 1), (Idx(1), Idx(4), Idx(1)), (1, 4, 0), (1, 2, -2**63), (3, 1, -1), (1.5, 2, 1)):
        check(x, a, b, c)

# identity: a whole exact str/tuple slice is the object itself; list slices are copies
t = (1, 2, 3)
st = "abc"
lst = [1, 2, 3]
for _ in range(2000):
    a, b, c = t[:], st[:], lst[:]
print(a is t, b is st, c is lst, c == lst)
print(T((1, 2))[:] is T((1, 2)), type(T((1, 2))[:]).__name__, type(S("ab")[:]).__name__)
# errors through the fast path's fallback
for bad in ("x", 1.0, [1]):
    try:
        for _ in range(1000):
            "abc"[bad:2]
    except TypeError as e:
        print("TypeError", e)
try:
    for _ in range(1000):
        [1, 2][::0]
except ValueError as e:
    print("ValueError", e)
try:
    for _ in range(1000):
        None[1:2]
except TypeError as e:
    print("TypeError", e)
