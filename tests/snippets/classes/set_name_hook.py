class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Record:
    title = Field()
    author = Field()
    plain = 5

r = Record()
print(r.title)
r.title = "Dune"
print(r.title, r.author, Record.title.name, sorted(vars(r)))

f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, "name"))
class Twice:
    a = b = Field()
print(Twice.a.name)
