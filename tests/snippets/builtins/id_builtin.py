# id() is stable for an object and distinct for live objects
a = []
b = []
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(None) == id(None))
try:
    id()
except TypeError as e:
    print("TypeError:", e)
