# type() with one argument and the three-argument form that builds classes
print(type(1), type("s"), type(None), type(type), type(print), type(len).__name__)
class Base:
    def hello(self):
        return "hello from " + type(self).__name__
Dyn = type("Dyn", (Base,), {"x": 5, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__bases__, d.x, d.double(), d.hello())
print(Dyn.__module__, type(d) is Dyn, isinstance(d, Base))
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty.__mro__)
for args in [("A", "not a tuple", {}), ("A", (), []), (1, (), {}), ("A", (1,), {}), ("A", ())]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
print(type("Q", (), {"__qualname__": "Outer.Q"}).__qualname__)
