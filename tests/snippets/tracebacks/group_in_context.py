# A group as the context of a plain exception, and a plain chain inside a group member.
def f():
    try:
        raise ExceptionGroup("first", [ValueError("v"), TypeError("t")])
    except ExceptionGroup:
        raise KeyError("while handling a group")

f()
