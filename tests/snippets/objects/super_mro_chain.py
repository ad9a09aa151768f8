class Base:
    def who(self):
        return ["Base"]
    @classmethod
    def cm(cls):
        return ["Base.cm:" + cls.__name__]
class L(Base):
    def who(self):
        return ["L"] + super().who()
    @classmethod
    def cm(cls):
        return ["L.cm"] + super().cm()
class R(Base):
    def who(self):
        return ["R"] + super().who()
    @classmethod
    def cm(cls):
        return ["R.cm"] + super().cm()
class D(L, R):
    def who(self):
        return ["D"] + super().who()
print(D().who(), D.cm())
print(super(L, D()).who(), super(R, D).cm())
class WithProp(Base):
    @property
    def p(self):
        return "prop"
class Child(WithProp):
    @property
    def p(self):
        return "child+" + super().p
print(Child().p)
class Static(Base):
    @staticmethod
    def s():
        try:
            return super().who()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(Static.s())
class Init:
    def __init__(self):
        self.log = ["Init"]
class Init2(Init):
    def __init__(self):
        super().__init__()
        self.log.append("Init2")
print(Init2().log)
def outside(self):
    return super(type(self), self).who()
class Late(Base):
    pass
Late.f = outside
print(Late().f())
class NoArg(Base):
    def m():
        return super()
try:
    NoArg.m()
except RuntimeError as e:
    print("RuntimeError:", e)
