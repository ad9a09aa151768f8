class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class Base(metaclass=Meta, flag=True):
    def __init__(self, x=0):
        self.x = x

class Child(Base):
    y = 1

print(type(Base).__name__, type(Child).__name__, Child.created_by)
obj = Child(5)
print(obj.x, isinstance(Child, Meta), Meta.__mro__[1].__name__)

class SubMeta(Meta):
    pass
class Mixed(Child, metaclass=SubMeta):
    pass
print(type(Mixed).__name__)

class Other(type):
    pass
class O(metaclass=Other):
    pass
try:
    class Conflict(Base, O):
        pass
except TypeError as e:
    print("TypeError:", e)

def func_meta(name, bases, ns, **kw):
    print("func_meta", name, kw)
    return 42
class NotAClass(metaclass=func_meta, extra=1):
    pass
print(NotAClass)
