try:
    try:
        raise KeyError("context")
    except KeyError:
        raise ValueError("value") from TypeError("cause")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    raise
