class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3

c = Child()
names = dir(c)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__dict__" in names, "__weakref__" in names, names == sorted(names))
print([n for n in dir(Child) if not n.startswith("__")], "inst" in dir(Child))
print(vars(c), sorted(k for k in vars(Child)), type(vars(Child)).__name__)

class Custom:
    def __dir__(self):
        return ["b", "a", "c", "a"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)

c.__dict__ = {"replaced": True}
print(vars(c), c.replaced)
try:
    c.__dict__ = []
except TypeError as e:
    print("TypeError:", e)
del c.__dict__
print(vars(c))
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(Slotted()) if not n.startswith("__")), "__dict__" in dir(Slotted()))
print(sorted(object.__dir__(Child()))[:3], type(type.__dir__(Child)).__name__)
print(len(dir(object)) == len(set(dir(object))), "__class__" in dir(object), "__abstractmethods__" in dir(type))
