class Shape:
    registry = []

    def __init_subclass__(cls, sides=None, **kwargs):
        print("__init_subclass__", cls.__name__, sides, kwargs)
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.registry.append(cls.__name__)

class Triangle(Shape, sides=3):
    pass

class Square(Shape, sides=4):
    pass

class Blob(Shape):
    pass

class Equilateral(Triangle, sides=3):
    pass

print(Shape.registry, Triangle.sides, Blob.sides)
try:
    class Bad(Shape, sides=1, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Plain(unexpected=1):
        pass
except TypeError as e:
    print("TypeError:", e)
