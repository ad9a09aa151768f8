eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(str(eg), repr(eg), eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(str(ExceptionGroup("one", [ValueError()])))
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("b", [ValueError()])
print(type(auto).__name__, repr(auto))
bad = [
    (ExceptionGroup, ("m",)),
    (ExceptionGroup, ("m", [])),
    (ExceptionGroup, (1, [ValueError()])),
    (ExceptionGroup, ("m", ValueError())),
    (ExceptionGroup, ("m", [1])),
    (ExceptionGroup, ("m", [KeyboardInterrupt()])),
    (ExceptionGroup, ("m", None)),
    (BaseExceptionGroup, ("m", [ValueError], )),
    (ExceptionGroup, ("m", [ValueError()], 3)),
]
for cls, args in bad:
    try:
        cls(*args)
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
try:
    ExceptionGroup("m", [ValueError()], x=1)
except TypeError as ex:
    print("TypeError:", ex)
print(ExceptionGroup("m", (ValueError(1),)).exceptions)
print(issubclass(ExceptionGroup, Exception), ExceptionGroup.__bases__, ExceptionGroup.__mro__[1:])
print(ExceptionGroup.__module__, BaseExceptionGroup.__module__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
class MyGroup(ExceptionGroup):
    pass
m = MyGroup("mine", [ValueError()])
print(type(m).__name__, repr(m))
class NoEx(BaseExceptionGroup):
    pass
try:
    print(type(NoEx("x", [KeyboardInterrupt()])).__name__)
except TypeError as ex:
    print("TypeError:", ex)
print(type(NoEx("x", [ValueError()])).__name__)
try:
    class Bad(ExceptionGroup, BaseException):
        pass
    Bad("x", [KeyboardInterrupt()])
except TypeError as ex:
    print("TypeError:", ex)
eg.message2 = 3
print(eg.args, eg.__notes__ if hasattr(eg, "__notes__") else "no notes")
