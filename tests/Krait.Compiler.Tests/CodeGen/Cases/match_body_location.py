def f(x):
    match x:
        case 0: x = True
        case [a, b]:
            y = a + b
        case _: z = 1
    return x
