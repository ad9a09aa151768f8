recoverable = (KeyError, IndexError)
fatal = ZeroDivisionError

def run(f):
    try:
        return f()
    except recoverable as e:
        return "recovered " + type(e).__name__
    except fatal:
        return "fatal"
    except (ValueError,) + recoverable:
        return "unreachable"

print(run(lambda: {}[1]), run(lambda: [][1]), run(lambda: 1 / 0), run(lambda: "ok"))
handlers = []
try:
    int("x")
except tuple(handlers + [ValueError]) as e:
    print("built at run time:", e)
try:
    try:
        raise OSError
    except ():
        print("empty tuple catches nothing")
except OSError:
    print("passed through")
