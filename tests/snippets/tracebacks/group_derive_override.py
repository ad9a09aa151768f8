# A subclass overriding derive() keeps its type (and extra state) in split() parts.
class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return Errors(self.message, excs, self.code)

eg = Errors("errs", [ValueError(1), TypeError(2)], code=7)
match, rest = eg.split(ValueError)
print(type(match).__name__, match.code, match.exceptions, type(rest).__name__, rest.code)

class Plain(ExceptionGroup):
    pass

match, rest = Plain("plain", [ValueError(1), TypeError(2)]).split(TypeError)
print(type(match).__name__, type(rest).__name__)

class Bad(ExceptionGroup):
    def derive(self, excs):
        return 42

try:
    Bad("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)
raise Errors("uncaught subclass", [ValueError("v")], code=3)
