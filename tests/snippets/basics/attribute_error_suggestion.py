class Point:
    def __init__(self):
        self.x_coord = 1
        self.y_coord = 2

p = Point()
try:
    p.z_coord
except AttributeError as e:
    print("caught:", e, e.name, e.obj is p)
try:
    (5).numerator = 3
except AttributeError as e:
    print("caught:", e)
text = "hello"
print(text.uper())
