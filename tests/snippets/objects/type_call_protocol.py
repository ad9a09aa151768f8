class Meta(type):
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        return super().__call__(*args, **kw)
class A(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
a = A(1)
print(a.x)
class NewReturnsOther:
    def __new__(cls):
        return [1, 2]
    def __init__(self):
        print("init not called")
print(NewReturnsOther())
class Sub(NewReturnsOther.__mro__[0]):
    pass
class NewReturnsSub:
    def __new__(cls):
        return object.__new__(Child)
    def __init__(self):
        print("init called on", type(self).__name__)
class Child(NewReturnsSub):
    pass
print(type(NewReturnsSub()).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as ex:
    print("TypeError:", ex)
print(type(type), type(type(1)), type.__call__(int, "5"))
try:
    type.__call__(5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    type.__call__()
except TypeError as ex:
    print("TypeError:", ex)
