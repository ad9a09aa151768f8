# From CPython's test_dict: setdefault hashes and compares the key once (issue #13521), and a
# merge stops with RuntimeError when a key's __eq__ empties the dict being merged in.
class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)

h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []), y.setdefault(h1, 0), y.setdefault('k'), y.setdefault('k', 1))
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count, len(y))
try:
    y.setdefault([], 1)
except TypeError as e:
    print(e)

class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False

other = dict((i, 0) for i in range(1, 1337))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print('RuntimeError:', e)
other = {1: 2, 3: 4}
d = {}
d.update(other)
d.update({5: 6}, seven=7)
print(d, {**other, 0: 0}, dict(other, x=1))
