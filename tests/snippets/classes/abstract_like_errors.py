class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must implement area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Circle(Shape):
    pass

print(Square(3).describe())
print(Circle().describe())
