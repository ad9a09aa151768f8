class Base:
    def __init__(self, **kwargs):
        print("Base init, leftover:", kwargs)
        super().__init__(**kwargs)

class Named(Base):
    def __init__(self, name="?", **kwargs):
        print("Named init", name)
        self.name = name
        super().__init__(**kwargs)

class Aged(Base):
    def __init__(self, age=0, **kwargs):
        print("Aged init", age)
        self.age = age
        super().__init__(**kwargs)

class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("Person init")
        super().__init__(**kwargs)

p = Person(name="Ann", age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
try:
    Person(name="Bob", unknown=1)
except TypeError as e:
    print("TypeError:", e)
