class A:
    def who(self):
        return __class__.__name__

    def cls_of_self(self):
        return type(self).__name__

class B(A):
    def who(self):
        return "B sees " + __class__.__name__ + ", super says " + super().who()

print(B().who(), B().cls_of_self())
print("__class__" in B.who.__code__.co_freevars, B.who.__closure__[0].cell_contents is B)

class WithProp:
    @property
    def name(self):
        return "base"

class SubProp(WithProp):
    @property
    def name(self):
        return "sub+" + super().name

print(SubProp().name)

class Static:
    @staticmethod
    def make():
        return "static"

    @classmethod
    def build(cls):
        return cls.__name__

class StaticChild(Static):
    @staticmethod
    def make():
        return "child+" + super(StaticChild, StaticChild).make()

    @classmethod
    def build(cls):
        return "child+" + super().build()

print(StaticChild.make(), StaticChild.build())
