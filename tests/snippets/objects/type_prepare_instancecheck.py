class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class K(metaclass=OrderedMeta, flag=True):
    a = 1
print(K.injected, K.a)
print(type.__prepare__("x", ()), type.__prepare__(), type.__prepare__(1, 2, 3, k=4))
print(type(type.__dict__["__prepare__"]).__name__)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Any(metaclass=Meta):
    pass
print(isinstance("magic", Any), isinstance(1, Any), issubclass(int, Any), issubclass(str, Any))
print(type.__instancecheck__(int, 3), type.__instancecheck__(int, "3"), type.__subclasscheck__(int, bool))
try:
    type.__instancecheck__(int)
except TypeError as ex:
    print("TypeError:", ex)
try:
    issubclass(1, int)
except TypeError as ex:
    print("TypeError:", ex)
try:
    isinstance(1, 1)
except TypeError as ex:
    print("TypeError:", ex)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Z(metaclass=BadPrep):
        pass
except TypeError as ex:
    print("TypeError:", ex)
