class Squares:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError("done")
        return i * i

print(list(Squares()))
print(4 in Squares())
print(9 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it), next(it))

class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))

class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError:", e)

class Mapping:
    def __getitem__(self, key):
        return key.upper()
    def keys(self):
        return ["a", "b"]
print(dict(Mapping()), {**Mapping()})

class NotIterable:
    pass
for f in (list, iter, tuple):
    try:
        f(NotIterable())
    except TypeError as e:
        print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = NotIterable()
except TypeError as e:
    print("TypeError:", e)
