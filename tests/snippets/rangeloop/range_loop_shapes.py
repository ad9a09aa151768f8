# `for x in range(...)` and comprehensions / generator expressions over range(...) in hot (compiled) code make the
# range iterator without a range object: every shape of bounds (negative steps, empty ranges, bounds near the
# machine word's limits, beyond them) must iterate exactly as through range objects, and the iterator a
# comprehension receives must be the same kind of object (range_iterator / longrange_iterator) in the same state.
import sys

W = 2**63


def loops(a, b, c):
    out = []
    for x in range(a):
        out.append(x)
        if len(out) > 6:
            break
    else:
        out.append("else1")
    for x in range(a, b):
        out.append(x)
        if len(out) > 14:
            break
    else:
        out.append("else2")
    for x in range(a, b, c):
        out.append(x)
        if len(out) > 22:
            break
    else:
        out.append("else3")
    return out


def comps(a, b, c):
    first = list(zip((x * 2 for x in range(a, b, c) if x % 3), range(6)))
    try:
        small = len(range(a, b, c)) <= 50
    except OverflowError:
        small = False
    if not small:
        return first
    r = [x * 2 for x in range(a, b, c) if x % 3]
    s = {x % 5 for x in range(a, b, c)}
    d = {x: x - 1 for x in range(a, b, c)}
    return first, r, sorted(s), sorted(d.items())[:4], sum(x for x in range(a, b, c))


def seen_by_comprehension(a, b, c):
    # a comprehension's (or generator expression's) argument is the iterator itself
    it = [sys._getframe().f_locals[".0"] for _ in range(1)][0]
    kinds = (type(sys._getframe().f_locals[".0"]).__name__ for x in range(a, b, c))
    state = (sys._getframe().f_locals[".0"].__reduce__() for x in range(a, b, c))
    hints = (sys._getframe().f_locals[".0"].__length_hint__() for x in range(a, b, c))
    return type(it).__name__, next(kinds, None), next(state, None), next(state, None), next(hints, None), next(hints, None)


def gen_state(a, b, c):
    g = (x for x in range(a, b, c))
    it = g.gi_frame.f_locals[".0"]
    first = next(g, None)
    return type(it).__name__, it.__reduce__(), first, it.__length_hint__()


CASES = [
    (5, 12, 3), (0, 0, 1), (-3, 4, 2), (10, 0, -3), (7, 7, -1), (3, 20, 100), (-10, -20, -4),
    (W - 5, W - 1, 1), (W - 3, W - 1, 2), (-W, -W + 3, 1), (-W + 3, -W, -1), (W - 1, -W, -(W - 1)),
    (-W, W - 1, 1), (-W, W - 1, W - 1), (0, W - 1, W // 3), (W - 2, W - 1, W - 1), (-W + 1, -W, -W),
    (W - 4, W, 1), (W, W + 3, 1), (-W - 1, -W + 2, 1), (0, 10, W), (0, 2**70, 2**68), (2**80, 2**80 + 5, 2),
    (True, 5, True), (5, False, -1),
]

for a, b, c in CASES:
    first = None
    for _ in range(1500):
        r = (loops(a, b, c), comps(a, b, c), seen_by_comprehension(a, b, c), gen_state(a, b, c))
        if first is None:
            first = r
        elif r != first:
            print("differs on a later call:", a, b, c)
            break
    print(a, b, c)
    for part in first:
        print("   ", part)
