# isinstance/issubclass with classes, tuples, nested tuples and errors
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(type, object), isinstance(object, type), issubclass(B, B))
for call in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(B, "A"),
             lambda: isinstance(1, (int, 2))]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
