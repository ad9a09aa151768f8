# Raising a new exception in except* groups it with what is left, context attached.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("handler failed")
    except* TypeError:
        pass

f()
