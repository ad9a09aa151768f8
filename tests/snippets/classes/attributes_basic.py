class Dog:
    species = "canine"
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

a = Dog("rex")
b = Dog("fido")
print(a.name, b.name, a.species, Dog.species, Dog.count, a.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "changed"
print(a.species, b.species)
print(sorted(a.__dict__), "species" in Dog.__dict__, type(a).__name__, a.__class__ is Dog)
b.tricks = ["sit"]
print(b.tricks, hasattr(a, "tricks"), getattr(a, "tricks", "none"))
setattr(a, "age", 3)
print(a.age, vars(a))
delattr(a, "age")
print(hasattr(a, "age"))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__name__, Empty.__qualname__, Empty.__module__, Empty.__bases__)
