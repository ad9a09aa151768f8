class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

class Child(Base):
    @Base.v.setter
    def v(self, value):
        print("Child setter", value)
        self._v = value * 10

class Override(Base):
    @property
    def v(self):
        return "override " + str(super().v)

c = Child()
c.v = 3
print(c.v, Base.v is Child.v, type(Child.v).__name__)
print(Override().v)
try:
    Base().v = 5
except AttributeError as e:
    print("AttributeError:", e)
