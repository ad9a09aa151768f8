class A:
    def __init__(self, log):
        self.log = log
    def __iadd__(self, other):
        self.log.append("A.__iadd__")
        return NotImplemented
    def __add__(self, other):
        self.log.append("A.__add__")
        return NotImplemented

class B:
    def __init__(self, log):
        self.log = log
    def __radd__(self, other):
        self.log.append("B.__radd__")
        return "B result"

log = []
x = A(log)
x += B(log)
print(x, log)

class Lst(list):
    def __iadd__(self, other):
        print("Lst.__iadd__")
        return super().__iadd__(other)
l = Lst([1])
before = l
l += [2]
print(l, l is before, type(l).__name__)
