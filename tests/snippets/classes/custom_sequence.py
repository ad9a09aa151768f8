class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key)
            return Ring(self.items[key])
        return self.items[key % len(self.items)]

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.items[key % len(self.items)] = value

    def __delitem__(self, key):
        print("delitem", key)
        del self.items[key]

    def __repr__(self):
        return f"Ring({self.items})"

    def __iter__(self):
        print("__iter__")
        return iter(self.items)

    def __reversed__(self):
        print("__reversed__")
        return iter(self.items[::-1])

r = Ring("abcd")
print(r[0], r[5], r[-1], r[1:3], r[::-1], len(r))
r[6] = "X"
r[1:2]
del r[0]
print(r, list(reversed(r)), list(r), "X" in r)
r[0] += "!"
print(r)
m = {}
class Matrix:
    def __getitem__(self, pos):
        print("pos", pos)
        return len(pos) if isinstance(pos, tuple) else pos
mx = Matrix()
print(mx[1, 2], mx[1:2, ...], mx[()])
