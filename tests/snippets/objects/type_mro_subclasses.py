class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.mro(), type(D.mro()).__name__)
print(D.__mro__)
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
print(type.mro(int), bool.__mro__)
try:
    type.mro()
except TypeError as ex:
    print("TypeError:", ex)
class Meta(type):
    def mro(cls):
        return [cls, object] if cls.__name__ == "Odd" else super().mro()
class Odd(A, metaclass=Meta): pass
print(Odd.__mro__, Odd.mro())
try:
    class X(A, B): pass
except TypeError as ex:
    print("TypeError:", ex)
try:
    class Y(A, A): pass
except TypeError as ex:
    print("TypeError:", ex)
print(sorted(c.__name__ for c in int.__subclasses__() if c.__module__ == "builtins"))
print(D.__bases__, D.__base__, object.__base__, object.__bases__)
