for args in ((1,), (), ("a", "b")):
    try:
        print(type(object(*args)).__name__)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    object(x=1)
except TypeError as ex:
    print("TypeError:", ex)
class A:
    pass
try:
    A(1)
except TypeError as ex:
    print("TypeError:", ex)
class WithInit:
    def __init__(self, a):
        self.a = a
print(WithInit(1).a)
try:
    object.__new__(WithInit, 1)
    print("new ok")
except TypeError as ex:
    print("TypeError:", ex)
class WithNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(WithNew(1)).__name__)
try:
    object.__init__(WithNew(1), 1)
except TypeError as ex:
    print("TypeError:", ex)
class Both:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
    def __init__(self, *a):
        object.__init__(self, *a)
try:
    Both(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    object.__new__(int)
except TypeError as ex:
    print("TypeError:", ex)
try:
    object.__new__(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    object.__new__()
except TypeError as ex:
    print("TypeError:", ex)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
