class Hook:
    @classmethod
    def __subclasshook__(cls, other):
        return True if other is int else NotImplemented
print(Hook.__subclasshook__(int), Hook.__subclasshook__(str))
import abc
class Abs(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "quack") or NotImplemented
class Duck:
    def quack(self):
        pass
print(issubclass(Duck, Abs), issubclass(int, Abs), isinstance(Duck(), Abs))
