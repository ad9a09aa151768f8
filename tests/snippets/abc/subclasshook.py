import abc

class Closeable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any("close" in B.__dict__ for B in C.__mro__)
        return NotImplemented

class File:
    def close(self): pass

class Other:
    pass

print(issubclass(File, Closeable), isinstance(File(), Closeable))
print(issubclass(Other, Closeable), isinstance(Other(), Closeable))

class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)

try:
    issubclass(3, Closeable)
except TypeError as e:
    print("TypeError:", e)

class Meta(abc.ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, isinstance(WithMeta(), WithMeta))
# isinstance uses __class__ as well as the real type
class Liar:
    @property
    def __class__(self):
        return File
print(isinstance(Liar(), Closeable), isinstance(Liar(), File))
