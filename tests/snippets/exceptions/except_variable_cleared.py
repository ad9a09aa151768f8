e = "before"
try:
    raise KeyError("x")
except KeyError as e:
    print("inside", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def keep():
    saved = None
    try:
        raise ValueError("kept")
    except ValueError as exc:
        saved = exc
    return saved
print(repr(keep()))
