def work():
    errors = []
    for i, v in enumerate(["1", "x", "3", "y"]):
        try:
            int(v)
        except ValueError as e:
            e.add_note(f"item {i}")
            errors.append(e)
    raise ExceptionGroup("parse errors", errors)

try:
    work()
except* ValueError as eg:
    for e in eg.exceptions:
        print(type(e).__name__, e, e.__notes__)

try:
    try:
        raise ExceptionGroup("mixed", [KeyError("a"), ValueError("b")])
    except* KeyError:
        print("KeyError part handled")
        raise
except ExceptionGroup as eg:
    print("re-raised:", repr(eg))

work()
