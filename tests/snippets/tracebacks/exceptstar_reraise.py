# Bare raise in except* re-raises the matched part in the original group's shape.
def f():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)]), KeyError(4)])
    except* ValueError:
        print("saw ValueErrors, re-raising")
        raise
    except* TypeError:
        print("swallowed TypeError")

f()
