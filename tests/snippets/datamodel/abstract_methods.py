class Shape:
    pass
Shape.__abstractmethods__ = frozenset({"area", "perimeter"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset({"area"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
print(Shape.__abstractmethods__)
del Shape.__abstractmethods__
try:
    Shape.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Shape.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)

import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...
    @property
    @abc.abstractmethod
    def name(self):
        ...
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Impl(Base):
    def run(self):
        return "running"
    @property
    def name(self):
        return "impl"
print(Impl().run(), Impl().name, isinstance(Impl(), Base), Base.__abstractmethods__ == frozenset({"run", "name"}))
class Half(Base):
    def run(self):
        pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
Base.register(int)
print(isinstance(3, Base), issubclass(int, Base), issubclass(str, Base))
