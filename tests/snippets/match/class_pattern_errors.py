# TypeErrors raised while matching class patterns
class NoArgs:
    pass

class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

class BadArgs:
    __match_args__ = ["a"]

class NonStrArgs:
    __match_args__ = (1,)

def attempt(src, value):
    try:
        exec(src, globals(), {"value": value})
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

attempt("match value:\n    case NoArgs(x): pass", NoArgs())
attempt("match value:\n    case TwoArgs(p, q, r): pass", TwoArgs())
attempt("match value:\n    case BadArgs(x): pass", BadArgs())
attempt("match value:\n    case NonStrArgs(x): pass", NonStrArgs())
attempt("match value:\n    case TwoArgs(p, a=q): pass", TwoArgs())
attempt("match value:\n    case int(x, y): pass", 5)
attempt("match value:\n    case len(): pass", 5)
attempt("match value:\n    case NoArgs(x): pass", 5)  # isinstance fails first: no error
