# negative/complex literal patterns, float and int equality, escapes in strings
def f(v):
    match v:
        case -0:
            return "zero (negative literal)"
        case -2.5:
            return "minus two and a half"
        case -1 - 2j:
            return "complex with negative parts"
        case 1j:
            return "imaginary unit"
        case "tab\tsep":
            return "escaped string"
        case r"\d":
            return "raw string"
        case 10_000:
            return "ten thousand"
        case 0x10:
            return "sixteen"
        case _:
            return "no"

for v in [0, -0.0, -2.5, complex(-1, -2), 1j, "tab\tsep", "\\d", 10000, 16.0, 17]:
    print(repr(v), "->", f(v))
