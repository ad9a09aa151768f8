class Evens:
    def __contains__(self, x):
        print("__contains__", x)
        return x % 2 == 0

e = Evens()
print(4 in e, 3 in e, 3 not in e)

class Truthy:
    def __contains__(self, x):
        return "non-empty"
class Falsy:
    def __contains__(self, x):
        return []
print(1 in Truthy(), 1 in Falsy())

class ByIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
print(2 in ByIter(), 5 in ByIter())

class ByGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(2 in ByGetitem(), 7 in ByGetitem())

class Nope:
    pass
try:
    1 in Nope()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)

class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)

class EqAll:
    def __eq__(self, other):
        return True
print(EqAll() in [1], 1 in [EqAll()], EqAll() in (2,), EqAll() in {3: 4}.values())
nan = float("nan")
print(nan in [nan], nan == nan)
