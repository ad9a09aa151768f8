for bad in [lambda: exec("raise 5"), lambda: exec("raise 'string'"), lambda: exec("raise object")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class NotAnException:
    pass
try:
    try:
        raise ValueError("x")
    except NotAnException:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
raise int
