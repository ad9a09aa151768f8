# star wildcards, tuple/list interchangeability and length checks in sequence patterns
def shape(v):
    match v:
        case (1, *_, 9):
            return "starts with 1, ends with 9"
        case [*_, "last"]:
            return "ends with 'last'"
        case [_, _, *_]:
            return "at least two items"
        case [*_]:
            return "short sequence"

for v in [[1, 9], (1, 2, 3, 9), ["x", "last"], ("a", "b", "c"), [7], (), list(range(100))]:
    print(repr(v)[:20], "->", shape(v))

match [1, 2]:
    case (1, 2):
        print("a tuple pattern matches a list")
match (1, 2):
    case [a, b]:
        print("a list pattern matches a tuple:", a, b)
