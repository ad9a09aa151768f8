class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("__prepare__", name, [b.__name__ for b in bases], kwargs)
        return {"injected": "from prepare"}

    def __new__(mcs, name, bases, ns, **kwargs):
        print("__new__", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("__init__", name, kwargs)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("__call__", cls.__name__, args)
        instance = super().__call__(*args, **kwargs)
        print("instance made")
        return instance

class Base(metaclass=Meta, flavor="x"):
    def __init__(self, v):
        print("Base.__init__", v)
        self.v = v

    def method(self):
        pass

print("class body done")
b = Base(7)
print(b.v, Base.injected, Base.created_by, type(Base).__name__, type(b).__name__)

class Child(Base):
    extra = 1
print(type(Child).__name__, Child.created_by)
c = Child(8)
