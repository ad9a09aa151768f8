class Evens:
    def __contains__(self, x):
        print("__contains__", x)
        return x % 2 == 0

e = Evens()
print(4 in e, 3 in e, 3 not in e)

class Truthy:
    def __contains__(self, x):
        return "a non-empty string"
print(1 in Truthy())

class ByIter:
    def __iter__(self):
        print("iterating")
        yield from [1, 2, 3]
print(2 in ByIter(), 9 in ByIter())

class ByGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(2 in ByGetitem(), 5 in ByGetitem())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
