class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return type(self).__name__

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor

    sound = "meow"

for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True)]:
    print(a.speak(), a.kind(), isinstance(a, Animal), isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__, Puppy.__mro__)
print(Cat("x", False).indoor, Animal.__subclasses__())
print(isinstance(3, (str, int)), issubclass(bool, (int, str)), issubclass(int, object))
