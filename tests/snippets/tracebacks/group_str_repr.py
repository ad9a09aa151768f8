# str/repr/args of groups, BaseExceptionGroup becoming ExceptionGroup, and constructor errors.
eg = BaseExceptionGroup("m", (ValueError(1), TypeError(2)))
print(type(eg).__name__, eg.args, eg.message, eg.exceptions, str(eg), repr(eg))
print(repr(BaseExceptionGroup("m", [KeyboardInterrupt()])))
print(str(ExceptionGroup("one", [ValueError()])))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [GeneratorExit()])).__name__)
for args in [(), ("a",), ("a", [ValueError()], 1), (1, [ValueError()]), ("a", 1), ("a", {}), ("a", []), ("a", [1])]:
    try:
        BaseExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
for call in (lambda: ExceptionGroup("a", [KeyboardInterrupt()]),
             lambda: BaseExceptionGroup("a", [ValueError()], x=1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    pass
try:
    MyEG("a", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    eg.message = "x"
except AttributeError as e:
    print(e)
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, Exception), ExceptionGroup.__mro__)
