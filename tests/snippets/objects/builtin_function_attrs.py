import sys
print(len.__name__, len.__qualname__, len.__module__, len.__self__, len.__doc__ is not None or len.__doc__ is None)
print(sys.getsizeof.__module__, sys.getsizeof.__self__ is sys, repr(len), repr(sys.exit))
a = [1]
m = a.append
print(m.__name__, m.__qualname__, m.__self__ is a, m.__module__, repr(m).startswith("<built-in method append of list object at 0x"))
print(len.__reduce__(), m.__reduce__()[0] is getattr, m.__reduce__()[1] == (a, "append"))
print(len == len, a.append == a.append, a.append == [].append, len != abs, hash(len) == hash(len))
print(dict.fromkeys.__qualname__, dict.fromkeys.__self__ is dict, int.__new__.__qualname__, int.__new__.__self__ is int)
class L(list):
    pass
print(L().append.__qualname__)
try:
    len.__name__ = "x"
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    len.attr = 1
except AttributeError as ex:
    print("AttributeError:", ex)
print(type(len).__name__, type(m) is type(len))
try:
    type(len)()
except TypeError as ex:
    print("TypeError:", ex)
print(len.__text_signature__ is None or isinstance(len.__text_signature__, str))
