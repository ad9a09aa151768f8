# In-place operators on a proxy act on the referent and rebind the name to the result.
from _weakref import proxy


class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, other):
        self.total += other
        return self

    def __imul__(self, other):
        return 'imul result'


class Holder:
    pass


a = Acc()
p = proxy(a)
q = p
q += 5
print(a.total, q is a, type(p).__name__)
r = p
r *= 2
print(r)
h = Holder()
h.items = [1]
ph = proxy(h)
ph.items += [2]
print(h.items)
