class Outer:
    class InnerError(Exception):
        pass

def make():
    class LocalError(ValueError):
        pass
    return LocalError

print(Outer.InnerError.__qualname__, make().__qualname__)
try:
    raise make()("local")
except ValueError as e:
    print(repr(e), type(e).__module__)
raise Outer.InnerError("nested class name in traceback")
