# __match_args__ is looked up on the class like any attribute; keyword patterns use getattr
class Base:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class Child(Base):
    pass

class Computed:
    __match_args__ = ("double",)
    def __init__(self, v):
        self.v = v
    @property
    def double(self):
        print("  computing double")
        return self.v * 2

match Child("kid"):
    case Base(n):
        print("Child matched Base with", n)
match Base("base"):
    case Child():
        print("wrong")
    case Base(name="base"):
        print("keyword pattern on name")
match Computed(4):
    case Computed(8):
        print("property used positionally")
match Computed(1):
    case Computed(missing=1):
        print("wrong")
    case Computed(v=1):
        print("missing attribute just fails the match")
