class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag="a"):
    pass
class B(A):
    pass
print(Base.registry, A.tag, B.tag)
try:
    class X(Base, bogus=1):
        pass
except TypeError as ex:
    print("TypeError:", ex)
try:
    class Y(bogus=1):
        pass
except TypeError as ex:
    print("TypeError:", ex)
try:
    object.__init_subclass__(1)
except TypeError as ex:
    print("TypeError:", ex)
print(object.__init_subclass__())
print(type(object.__dict__["__init_subclass__"]).__name__)
print(object.__subclasshook__(), object.__subclasshook__(int), type(object.__dict__["__subclasshook__"]).__name__)
class Hook:
    @classmethod
    def __subclasshook__(cls, other):
        return True if other is int else NotImplemented
