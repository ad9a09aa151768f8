# Notes on a group and on its members, and a group raised while handling another exception.
try:
    1 / 0
except ZeroDivisionError:
    a = ValueError("a")
    a.add_note("note on a member")
    eg = ExceptionGroup("with notes", [a, TypeError("b")])
    eg.add_note("note on the group\nsecond line")
    raise eg
