# class patterns with __match_args__ (positional) and keyword sub-patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x=0 | 1 as x, y=yy):
            return f"x is {x}, y={yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r):
            return f"circle at ({x}, {y}) radius {r}"
        case Point():
            return "some point"
        case _:
            return "not a shape"

for s in [Point(0, 0), Point(0, 5), Point(1, 7), Point(3, 3), Point(4, 2), Circle(Point(1, 2), 9), "x"]:
    print(where(s))
