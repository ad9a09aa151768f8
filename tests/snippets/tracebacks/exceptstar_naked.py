# A naked exception caught by except* is wrapped in ExceptionGroup(""); unmatched ones pass unchanged.
try:
    raise ValueError("naked")
except* ValueError as g:
    print(repr(g), repr(g.exceptions[0]), g.message == "")
try:
    try:
        raise KeyError("not matched")
    except* ValueError:
        print("unreachable")
except KeyError as e:
    print("plain KeyError came through:", repr(e))
try:
    raise TypeError("raised again")
except* TypeError:
    raise
