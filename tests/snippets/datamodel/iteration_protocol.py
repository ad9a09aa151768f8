class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("__iter__")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for x in Countdown(2):
    print("got", x)
it = iter(Countdown(1))
print(next(it), next(it, "done"))
a, b = Countdown(2)
print(a, b)
print(sorted(Countdown(3)), tuple(Countdown(2)), 2 in Countdown(3))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)

class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)
try:
    next(Countdown)
except TypeError as e:
    print("TypeError:", e)

class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)

class Gen:
    def __iter__(self):
        yield 1
        yield 2
print(list(Gen()), type(iter(Gen())).__name__)

class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Rev())))
class HasReversed:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(HasReversed())))
