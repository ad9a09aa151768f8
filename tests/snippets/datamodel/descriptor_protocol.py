class Verbose:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        print("get", self.name, obj is None, objtype.__name__)
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name, None)

class Model:
    field = Verbose()

m = Model()
print(m.field)
m.field = 3
print(m.field)
del m.field
print(m.field)
print(type(Model.field).__name__)
print(Model.__dict__["field"].__get__(m, Model))
print(getattr(m, "field"))
setattr(m, "field", 9)
delattr(m, "field")

class Sub(Model):
    pass
s = Sub()
s.field = "sub"
print(s.field)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 3)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
