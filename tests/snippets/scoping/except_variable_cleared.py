# the name bound by `except ... as e` is deleted when the handler ends
e = "original value"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", type(e).__name__)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def f():
    try:
        raise KeyError("k")
    except KeyError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
