class AppError(Exception):
    """Base for the app."""

class NotFound(AppError):
    def __init__(self, what, where):
        super().__init__(what, where)
        self.what = what
        self.where = where

    def __str__(self):
        return f"{self.what} not found in {self.where}"

class Silent(AppError):
    def __init__(self):
        pass

class WithRepr(AppError):
    def __repr__(self):
        return "WithRepr!"

for exc in [AppError(), AppError("one"), AppError("a", 2), NotFound("key", "db"), Silent(), WithRepr("x")]:
    print(type(exc).__name__, "str=%r" % str(exc), "repr=%r" % repr(exc), "args=%r" % (exc.args,))
try:
    raise NotFound("user", "cache")
except AppError as e:
    print("caught as base:", e, e.what, isinstance(e, Exception), NotFound.__mro__[1:])
e = AppError("mutable args")
e.args = ("changed", 1)
print(e, e.args)
print(KeyError("k"), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError("k")))
raise NotFound("page", "site")
