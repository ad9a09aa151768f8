import abc

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def size(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    def concrete(self): return "c"

print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)

class Half(Base):
    def run(self): return "run"
print(sorted(Half.__abstractmethods__))

class Full(Half):
    size = 3
    @classmethod
    def make(cls): return cls()
f = Full.make()
print(Full.__abstractmethods__, f.run(), f.size, f.concrete())
print(type(Full.__abstractmethods__).__name__)

# abstractness is recomputed from the namespace and the bases
class Again(Full):
    @abc.abstractmethod
    def run(self): ...
print(sorted(Again.__abstractmethods__))
print(abc.ABC.__abstractmethods__)
print(isinstance(f, Base), issubclass(Full, Half), issubclass(Base, Full))
