a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(() is (), None is None, True is True)
x = None
print(x is None, x == None, type(None).__name__)
e1 = []
e2 = []
print(e1 == e2, e1 is e2)
class Always:
    def __eq__(self, other):
        return True
k = Always()
print(k == 1, k == None, k is None, [k] == [1], k != 2)
n = float("nan")
print(n == n, n in [n], [n].count(n), (n,) == (n,))
print(1 == 1.0, hash(1) == hash(1.0) == hash(True))
