# An uncaught ExceptionGroup: boxed format with numbered sub-exceptions.
raise ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
