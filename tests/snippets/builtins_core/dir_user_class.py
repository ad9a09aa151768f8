# dir() of user classes and instances, sorted, with inherited names
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
    def child_method(self):
        pass
def public(names):
    return [n for n in names if not n.startswith("__")]
print(public(dir(Child)))
print(public(dir(Child())))
print(dir(Child) == sorted(dir(Child)))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Custom()))
print("__init__" in dir(Child), "__dict__" in dir(Child), "__slots__" in dir(Child))
def local_scope():
    a = 1
    b = 2
    return dir()
print(local_scope())
