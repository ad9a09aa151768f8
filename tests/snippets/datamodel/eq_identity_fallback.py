class Never:
    def __eq__(self, other):
        return NotImplemented
    __hash__ = object.__hash__

n = Never()
print(n == n, n != n, n == Never(), n != Never(), n in [n], n in [Never()])
print([n] == [n], (n,) == (n,), {n: 1}[n])

class Other:
    pass
print(Never() == Other(), Other() == Never(), 1 == Other(), "s" != Other())
print(None == Never(), Never() is not None)

class AlwaysFalse:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
f = AlwaysFalse()
print(f == f, f in [f], [f] == [f], f in {f}, {f: 1}.get(f), [f].count(f), [f].index(f))

class CompareInt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, int):
            return self.v == other
        return NotImplemented
    def __hash__(self):
        return hash(self.v)
print(CompareInt(3) == 3, 3 == CompareInt(3), CompareInt(3) != 4, {3: "int"}.get(CompareInt(3)), CompareInt(3) in {3})
