e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__, e.__dict__)
e.__cause__ = KeyError()
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
for attr, val in (("__cause__", 1), ("__context__", "x")):
    try:
        setattr(e, attr, val)
    except TypeError as ex:
        print("TypeError:", ex)
for attr in ("__cause__", "__context__", "args"):
    try:
        delattr(e, attr)
    except TypeError as ex:
        print("TypeError:", ex)
e.__context__ = TypeError("ctx")
print(repr(e.__context__))
e.__dict__ = {"a": 1}
print(e.a)
try:
    e.__dict__ = 5
except TypeError as ex:
    print("TypeError:", ex)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as x:
    print(repr(x.__cause__), x.__suppress_context__, x.__context__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second") from None
except ValueError as x:
    print(x.__cause__, x.__suppress_context__, repr(x.__context__))
try:
    raise ValueError from 5
except TypeError as ex:
    print("TypeError:", ex)
class E(Exception):
    pass
print(E.__module__, E.__qualname__, E.__doc__, E.__bases__, ValueError.__doc__)
print(BaseException.__new__(BaseException, 1, 2).args, Exception.__init__(e, 1) is None, e.args)
