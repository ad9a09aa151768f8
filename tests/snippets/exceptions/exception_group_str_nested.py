eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ExceptionGroup("low", [KeyError(3)])])])
print(str(eg), repr(eg))
print([type(e).__name__ for e in eg.exceptions], eg.exceptions[1].message)
print(BaseExceptionGroup("b", [SystemExit(1)]))
g = ExceptionGroup("many", [ValueError(i) for i in range(4)])
print(g, len(g.exceptions), g.args[0], type(g.args[1]).__name__)
class Named(ExceptionGroup):
    def __str__(self):
        return "named!"
print(str(Named("n", [ValueError()])), repr(Named("n", [ValueError()])))
try:
    raise ExceptionGroup("raised", [ValueError("a"), TypeError("b")])
except* ValueError as vg:
    print("caught V", repr(vg))
except* TypeError as tg:
    print("caught T", repr(tg))
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), KeyError("k")])
    except* ValueError:
        print("handled V")
except ExceptionGroup as rest:
    print("rest", repr(rest))
print(ExceptionGroup("x", [ValueError()]).__reduce__()[1][0])
