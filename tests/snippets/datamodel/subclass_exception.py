class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, repr(e), e.args, e.code, isinstance(e, Exception))

class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet("a", "b")), Quiet("x").args)

class WithInit(ValueError):
    def __init__(self, value):
        self.value = value
try:
    raise WithInit(5)
except ValueError as e:
    print(repr(e), e.args, e.value)

class Keyish(KeyError):
    pass
try:
    {}["k"]
except Keyish:
    print("wrong")
except KeyError as e:
    print("KeyError", repr(e))
try:
    raise Keyish("missing")
except LookupError as e:
    print(type(e).__name__, e)

class Multi(ValueError, TypeError):
    pass
try:
    raise Multi("both")
except TypeError as e:
    print("caught as TypeError:", e, [c.__name__ for c in Multi.__mro__])

class Custom(Exception):
    def __repr__(self):
        return "Custom!"
print(repr(Custom()), str(Custom("m")))
e = AppError(1, "one")
e.note = "extra"
print(e.__dict__)
class SlotErr(Exception):
    __slots__ = ("extra",)
se = SlotErr("a")
se.extra = 1
print(se.extra, se.args)
raise AppError(500, "server exploded")
