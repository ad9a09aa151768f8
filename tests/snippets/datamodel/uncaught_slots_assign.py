class Point:
    __slots__ = ("x", "y")

def build():
    p = Point()
    p.x = 1
    p.z = 3
    return p

print("building")
build()
