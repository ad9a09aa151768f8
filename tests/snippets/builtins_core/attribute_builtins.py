# getattr/setattr/hasattr/delattr with defaults and errors
class P:
    cls_attr = "class"
    def __init__(self):
        self.x = 1

p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "nope", "default"))
setattr(p, "y", 2)
print(p.y, hasattr(p, "y"), hasattr(p, "z"))
delattr(p, "y")
print(hasattr(p, "y"))
setattr(p, "not an identifier!", 3)
print(getattr(p, "not an identifier!"))
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(1, "real", 5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "a", 1)
except AttributeError as e:
    print("AttributeError:", e)

class Raises:
    @property
    def bad(self):
        raise ValueError("property failed")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
