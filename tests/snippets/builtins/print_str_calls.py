# print() uses str() of each argument; __str__ falls back to __repr__
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class B:
    def __repr__(self):
        return "B-repr"
print(A(), B(), [A(), B()], (A(),))
print(None, True, 1.5, "s", b"b")
