match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(x, y) if x == y:
        pass
    case {"a": 1, **rest}:
        pass
    case [1, 2, *others]:
        pass
    case [first, *_, last]:
        pass
    case (1 | 2 | 3) as n:
        pass
    case {"x": x, "y": y} | [x, y]:
        pass
    case None | True:
        pass
    case -1 | 1.5 | 2+3j | "s" | b"b":
        pass
    case Color.RED:
        pass
    case str() | bytes():
        pass
    case _:
        pass
match x:
    case _:
        pass
match y:
    case {}:
        pass
    case []:
        pass
    case [*_]:
        pass
    case z if z:
        pass
