import warnings
print(repr(None), repr(...), repr(NotImplemented), repr(Ellipsis), Ellipsis is ...)
print(type(None)(), type(...)(), type(NotImplemented)())
for t in (type(None), type(...), type(NotImplemented)):
    try:
        t(1)
    except TypeError as ex:
        print("TypeError:", ex)
    try:
        t(x=1)
    except TypeError as ex:
        print("TypeError:", ex)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(bool(None), hash(None) == hash(None), None.__bool__())
print(....__reduce__(), NotImplemented.__reduce__())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        bool(NotImplemented)
    except DeprecationWarning as ex:
        print("DeprecationWarning:", ex)
print(bool(...), None == None, None != 0, ... == ...)
try:
    None.x = 1
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    type(None).x = 1
except TypeError as ex:
    print("TypeError:", ex)
try:
    class X(type(None)):
        pass
except TypeError as ex:
    print("TypeError:", ex)
print(sorted(set(dir(None)) - set(dir(object))), sorted(set(dir(NotImplemented)) - set(dir(object))))
