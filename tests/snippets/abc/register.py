import abc

class Shape(abc.ABC):
    pass

class Square:
    pass

print(issubclass(Square, Shape), isinstance(Square(), Shape))
r = Shape.register(Square)
print(r is Square)
print(issubclass(Square, Shape), isinstance(Square(), Shape))

class Small(Square):
    pass
print(issubclass(Small, Shape))

@Shape.register
class Circle:
    pass
print(Circle.__name__, isinstance(Circle(), Shape))

# registering a subclass again is a no-op; a cycle is refused
print(Shape.register(Small) is Small)
class Sub(Shape):
    pass
try:
    Sub.register(Shape)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Shape.register(3)
except TypeError as e:
    print("TypeError:", e)
# registered builtins
Shape.register(int)
print(isinstance(5, Shape), isinstance(True, Shape), isinstance("x", Shape))
print(Shape.__subclasses__() == [Sub])
