# iteration through __getitem__ (the old sequence protocol)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError("done")
        return i * i
print(list(Squares()), 9 in Squares(), tuple(Squares()), sorted(Squares(), reverse=True))
it = iter(Squares())
print(type(it).__name__, next(it), it.__length_hint__(), list(it), next(it, "end"))
class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stops()))
class Errors:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Errors())
except KeyError as e:
    print("KeyError", e)
class WithLen(Squares):
    def __len__(self): return 4
it = iter(WithLen())
print(it.__length_hint__(), next(it), it.__length_hint__())
it.__setstate__(3)
print(list(it), it.__reduce__()[1])
class NotIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NotIter())
except TypeError as e:
    print(e)
