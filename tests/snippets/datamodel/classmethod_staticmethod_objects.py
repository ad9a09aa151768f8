def helper(x):
    "helper doc"
    return x * 2

cm = classmethod(helper)
sm = staticmethod(helper)
print(cm.__func__ is helper, cm.__wrapped__ is helper, cm.__doc__, cm.__name__, cm.__qualname__, cm.__module__)
print(sm(21), sm.__doc__, sm.__name__, callable(sm), callable(cm))
print(repr(cm).startswith("<classmethod(<function helper at 0x"), repr(sm).startswith("<staticmethod(<function helper"))
try:
    cm(1)
except TypeError as e:
    print("TypeError:", e)

class Chained:
    @classmethod
    @property
    def label(cls):
        return "label of " + cls.__name__
print(Chained.label, Chained().label)

class Sub(Chained):
    pass
print(Sub.label)

class Host:
    sm = staticmethod(len)
    cm = classmethod(lambda cls, *a: (cls.__name__, a))
print(Host.sm("abc"), Host().sm([1]), Host.cm(1), Host().cm())
print(Host.__dict__["cm"].__get__(None, Host)(), Host.__dict__["cm"].__get__(Host())())
try:
    Host.__dict__["cm"].__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
for ctor, args in [(classmethod, ()), (staticmethod, (1, 2))]:
    try:
        ctor(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    classmethod(helper, x=1)
except TypeError as e:
    print("TypeError:", e)
print(classmethod(5).__func__, staticmethod(5).__isabstractmethod__)

class MyCM(classmethod):
    pass
class UsesMy:
    @MyCM
    def who(cls):
        return cls.__name__
print(UsesMy.who(), type(UsesMy.__dict__["who"]).__name__)
cm.extra = "x"
print(cm.extra, sorted(cm.__dict__))
