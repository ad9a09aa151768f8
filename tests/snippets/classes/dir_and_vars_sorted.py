class Base:
    base_attr = 1

    def base_method(self):
        pass

class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3

    def __dir__(self):
        return ["zeta", "alpha", "custom"]

c = Child()
print(dir(c))
print([n for n in dir(Child) if not n.startswith("__")])
print(vars(c), sorted(k for k in vars(Child) if not k.startswith("__")))
class NoDict:
    __slots__ = ()
try:
    vars(NoDict())
except TypeError as e:
    print("TypeError:", e)
