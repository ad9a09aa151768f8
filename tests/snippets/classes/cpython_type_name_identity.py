# type.__name__ and __qualname__ return the same str object each time (CPython's ht_name), which
# inspect.classify_class_attrs relies on to find where an attribute lives (test_enum).
import enum
import inspect


class Color(enum.Enum):
    YELLOW = 1
    MAGENTA = 2
    CYAN = 3


print([a.name for a in sorted(inspect.classify_class_attrs(Color), key=lambda a: a.name)])


class C:
    pass


print(C.__name__ is C.__name__, C.__qualname__ is C.__qualname__, int.__name__ is int.__name__)
C.__name__ = 'D'
C.__qualname__ = 'E.F'
print(C.__name__, C.__qualname__, C.__name__ is C.__name__, repr(C))
for a in sorted(inspect.classify_class_attrs(C), key=lambda a: a.name):
    if a.name in ('__name__', '__qualname__', '__module__', '__dict__'):
        print(a.name, a.kind, a.defining_class.__name__)
