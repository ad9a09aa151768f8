class Tracer:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        print("3. __set_name__", self.tag, owner.__name__, name)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("1. __prepare__", name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print("2. Meta.__new__ before type.__new__", name)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("5. Meta.__new__ after type.__new__", name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("6. Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("4. __init_subclass__", cls.__name__, kw)
        super().__init_subclass__()

print("-- defining Child")
class Child(Base, option=1):
    field = Tracer("f")
    print("   class body runs first")
print("-- done", type(Child).__name__)

def deco(cls):
    print("7. decorator", cls.__name__)
    cls.decorated = True
    return cls

@deco
class Decorated(Base):
    pass
print(Decorated.decorated)

class NewSuper:
    def __new__(cls, *args):
        print("__new__ via super", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
class NewSuperChild(NewSuper):
    pass
NewSuperChild(1, 2)
