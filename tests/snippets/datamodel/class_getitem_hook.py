class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int], Box["x"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class SubBox(Box):
    pass
print(SubBox[str])

class Both:
    def __getitem__(self, i):
        return ("instance", i)
    def __class_getitem__(cls, i):
        return ("class", i)
print(Both()[0], Both[0])

class Meta(type):
    def __getitem__(cls, i):
        return ("meta", i)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, i):
        return ("class", i)
print(WithMeta[1])

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Plain()[0]
except TypeError as e:
    print("TypeError:", e)

class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return cls, item
print(Explicit[5][1], Explicit[5][0] is Explicit)
class NotCallable:
    __class_getitem__ = 3
try:
    NotCallable[0]
except TypeError as e:
    print("TypeError:", e)
