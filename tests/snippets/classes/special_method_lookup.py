class C:
    def __len__(self):
        return 1

c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())

class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
print(repr(d) == object.__repr__(d), d.__repr__())
D.__repr__ = lambda self: "class repr"
print(repr(d))
D.__add__ = lambda self, other: "added " + str(other)
print(d + 1)
del D.__add__
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
