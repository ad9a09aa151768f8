# except* with an ExceptionGroup type or a non-exception is a TypeError.
for bad in ("ExceptionGroup", "int"):
    try:
        try:
            raise ValueError(1)
        except* (ExceptionGroup if bad == "ExceptionGroup" else int):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    except ExceptionGroup as e:
        print("group:", repr(e))
