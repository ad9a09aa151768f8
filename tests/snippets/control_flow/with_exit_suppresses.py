class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit")
            return False
        print("exit saw", exc_type.__name__, exc.args)
        return issubclass(exc_type, self.types)

with Suppress(KeyError):
    {}["x"]
    print("not reached")
print("after suppressed KeyError")
with Suppress(KeyError):
    print("no exception")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)

class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        return "non-empty string is true"

with Truthy():
    raise RuntimeError
print("suppressed by a truthy value")

def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print(i, 1 / (i - 1))
    return "done"

print(f())
