class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
    def chain(self):
        return ["Base"]

class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
    def chain(self):
        return ["Left"] + super().chain()

class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
    def chain(self):
        return ["Right"] + super().chain()

class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom")
        super().__init__(**kw)
    def chain(self):
        return ["Bottom"] + super().chain()

b = Bottom(left=1, right=2, extra=3)
print(b.chain())
print([k.__name__ for k in Bottom.__mro__])
print(super(Left, b).chain())
print(super(Right, b).chain())

class Prop(Base):
    @property
    def value(self):
        return "Prop.value"
class SubProp(Prop):
    @property
    def value(self):
        return "Sub+" + super().value
print(SubProp().value)
