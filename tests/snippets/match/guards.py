# guards run after the pattern binds; a failed guard leaves bindings in place
def f(v):
    match v:
        case (x, y) if x > y:
            return "descending"
        case (x, y) if x == y:
            return "equal"
        case (x, y):
            return "ascending"
        case n if isinstance(n, int) and n < 0:
            return "negative"
        case _ if v:
            return "truthy"
    return "falls through"

for v in [(3, 1), (2, 2), (1, 5), -4, "s", 0]:
    print(repr(v), "->", f(v))

log = []
def check(name, result):
    log.append(name)
    return result
match 5:
    case int(n) if check("first", False):
        pass
    case 4 if check("never evaluated", True):
        pass
    case m if check("second", True):
        print("matched second;", "n still bound:", n, log)
