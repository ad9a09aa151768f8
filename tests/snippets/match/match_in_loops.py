# match inside loops with break/continue/return and a tiny state machine
tokens = ["num:1", "op:+", "num:22", "skip", "op:*", "num:3", "end", "num:99"]
stack = []
for tok in tokens:
    match tok.split(":"):
        case ["num", digits]:
            stack.append(int(digits))
        case ["op", "+" | "*" as op]:
            stack.append(op)
        case ["skip"]:
            continue
        case ["end"]:
            break
    print("stack", stack)
print("final", stack)

def first_negative(rows):
    for row in rows:
        match row:
            case [n, *_] if n < 0:
                return n
            case _:
                pass
    return None
print(first_negative([[1], [2, 3], [-7, 0], [-1]]))
