class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
print(s + [4], type(s + [4]).__name__, s * 2, type(s[:1]).__name__)
s += [5]
print(s, type(s).__name__)
s.label = "tagged"
print(s.label, s.__dict__, sorted(Stack([3, 1, 2])))
print(Stack() == [], Stack([1]) == [1], [1] == Stack([1]))

class Logged(list):
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
    def __getitem__(self, i):
        r = super().__getitem__(i)
        print("getitem", i, "->", r)
        return r
    def append(self, x):
        print("append", x)
        super().append(x)

l = Logged([10, 20])
l[0] = 11
print(l[1])
l.append(30)
l.extend([40])
print(l, list(l))
for x in l:
    pass
print(sum(l), max(l))

class Initd(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
print(Initd(3), Initd(3).n)
class NewArgs(list):
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, a, b):
        super().__init__([a, b])
print(NewArgs(1, 2))
