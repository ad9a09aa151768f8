class Base:
    def hello(self):
        return "Base.hello from " + type(self).__name__

    @classmethod
    def create(cls):
        return "Base.create for " + cls.__name__

class Mid(Base):
    def hello(self):
        return "Mid>" + super(Mid, self).hello()

    @classmethod
    def create(cls):
        return "Mid>" + super().create()

class Leaf(Mid):
    def hello(self):
        return "Leaf>" + super().hello()

    def skip_mid(self):
        return super(Mid, self).hello()

leaf = Leaf()
print(leaf.hello())
print(leaf.skip_mid())
print(Leaf.create())
print(super(Leaf, leaf).hello())
s = super(Mid, Leaf)
print(s.create())
print(super(Leaf, leaf).__class__.__name__)

class NoArgs:
    def f(self):
        def inner():
            return super().__repr__
        return inner()
try:
    NoArgs().f()
except RuntimeError as e:
    print("RuntimeError:", e)

def standalone():
    return super()
try:
    standalone()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError:", e)
