class Seq:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(Seq()))
for x in Seq():
    print("got", x)
print(20 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it))

class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
print(list(Squares(4)), sum(Squares(3)), 4 in Squares(3))

class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    for x in Plain():
        pass
except TypeError as e:
    print("TypeError:", e)
