class Base:
    base_attr = 1

class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3

c = Child()
print(vars(c), vars(c) is c.__dict__)
print(sorted(k for k in vars(Child) if not k.startswith("__")), "base_attr" in vars(Child))
vars(c)["added"] = 4
print(c.added, c.__dict__)
c.__dict__ = {"replaced": True}
print(c.replaced, hasattr(c, "inst"), c.child_attr)
try:
    c.__dict__ = []
except TypeError as e:
    print("TypeError:", e)
class NoDict:
    __slots__ = ()
try:
    vars(NoDict())
except TypeError as e:
    print("TypeError:", e)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError:", e)
