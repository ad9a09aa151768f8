class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1, **kw):
        return self.k * x * scale, rest, kw

m = Multiplier(3)
print(m(2), m(2, 5, scale=10, extra=True), callable(m), callable(Multiplier))
try:
    m()
except TypeError as e:
    print("TypeError:", e)

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable()))

class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance attribute"
try:
    c()
except TypeError as e:
    print("TypeError:", e)
print(c.__call__())

class StaticCall:
    @staticmethod
    def __call__(*args):
        return ("static", args)
print(StaticCall()(1, 2))

class ClassCall:
    @classmethod
    def __call__(cls, x):
        return (cls.__name__, x)
print(ClassCall()(5))

class Later:
    pass
l = Later()
Later.__call__ = lambda self: "added later"
print(l(), callable(l))
del Later.__call__
print(callable(l))

class CallNone:
    __call__ = None
try:
    CallNone()()
except TypeError as e:
    print("TypeError:", e)
print(callable(CallNone()))
