# nested sequence patterns and star captures at any position
def walk(tree):
    match tree:
        case ("leaf", value):
            return [value]
        case ("node", left, right):
            return walk(left) + walk(right)
        case ("many", *children):
            out = []
            for c in children:
                out += walk(c)
            return out

t = ("node", ("leaf", 1), ("many", ("leaf", 2), ("node", ("leaf", 3), ("leaf", 4)), ("leaf", 5)))
print(walk(t))

match [1, [2, [3, 4]], 5]:
    case [a, [b, [*cs]], d]:
        print(a, b, cs, d)
match (1, 2, 3, 4, 5):
    case (*head, 4, 5):
        print("head", head)
match [0, 1, 2]:
    case [0, *rest] if rest:
        print("rest", rest, type(rest).__name__)
