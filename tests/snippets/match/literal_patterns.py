# literal patterns: numbers, strings, None/True/False (compared by identity), negative and complex
def classify(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "hello" | b"bytes":
            return "greeting or bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case "con" "cat":
            return "concatenated string"
        case _:
            return "other: " + repr(v)

for v in [0, 0.0, -1, 1.5, 2 + 3j, "hello", b"bytes", None, True, 1, False, "concat", []]:
    print(repr(v), "->", classify(v))
