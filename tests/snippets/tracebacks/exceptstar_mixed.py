# Re-raised and newly raised exceptions from several except* clauses, plus an unhandled rest.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3), KeyError(4)])
    except* ValueError:
        raise
    except* TypeError as g:
        raise RuntimeError("from TypeError handler") from g
    except* OSError:
        raise ValueError("new value error")

try:
    f()
except ExceptionGroup as eg:
    print(repr(eg))
    for e in eg.exceptions:
        print(" ", repr(e), repr(e.__cause__), repr(e.__context__))
f()
