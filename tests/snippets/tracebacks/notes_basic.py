# add_note: notes print after the message, one per line, multi-line notes split.
def check(x):
    if x < 0:
        e = ValueError(f"negative: {x}")
        e.add_note("inputs must be non-negative")
        e.add_note("got it from check()\nwhile validating")
        raise e

try:
    check(-1)
except ValueError as e:
    print(e.__notes__)
    e.add_note("")
    e.add_note("after an empty note")
    raise
