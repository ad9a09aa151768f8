# sequence patterns: fixed length, star, nested; str/bytes are not sequences here
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first={first} middle={middle} last={last}"
        case (first, *_):
            return f"long, starts with {first}"

for v in [[], (), [1], (1, 2), [1, 2, 3], range(4), [1, 2, 3, 4, 5, 6]]:
    print(repr(v), "->", seq(v))

for v in ["ab", b"ab", bytearray(b"ab"), {"a": 1}, iter([1, 2])]:
    match v:
        case [a, b]:
            print(type(v).__name__, "matched", a, b)
        case _:
            print(type(v).__name__, "is not matched as a sequence")
