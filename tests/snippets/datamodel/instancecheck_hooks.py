class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")

class Duck(metaclass=DuckMeta):
    pass

class Mallard:
    def quack(self):
        pass

print(isinstance(Mallard(), Duck))
print(isinstance(3, Duck))
print(issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(Mallard(), (int, Duck)))
print(issubclass(Mallard, (str, (int, Duck))))

class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes"
class T(metaclass=Truthy):
    pass
print(isinstance(1, T))

class Raising(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no checks today")
class R(metaclass=Raising):
    pass
try:
    isinstance(1, R)
except ValueError as e:
    print("ValueError:", e)
print(type(R).__instancecheck__(R, R()), type.__subclasscheck__(R, R))
print(int.__instancecheck__(True), int.__subclasscheck__(bool), list.__instancecheck__(()))
