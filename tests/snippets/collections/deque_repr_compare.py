from collections import deque
d = deque([1, "a", None])
print(repr(d), str(deque()), repr(deque([1], maxlen=2)))
d.append(d); print(d)
class Sub(deque):
    pass
s = Sub([1, 2], 3); print(s, repr(Sub()))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == deque([1, 2], 5), deque([1]) == [1], deque([1]) != (1,))
pairs = [([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], []), ([2], [1, 9]), ([1.0], [1]), (["b"], ["a", "z"])]
for a, b in pairs:
    x, y = deque(a), deque(b)
    print(a, b, x < y, x <= y, x == y, x != y, x > y, x >= y)
for expr in ["deque([1]) < [1]", "deque([1]) < deque(['a'])", "hash(deque())"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", e)
class Noisy:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
print(deque([Noisy(1), Noisy(2)]) < deque([Noisy(1), Noisy(3)]))
print(deque.__hash__, deque[int], sorted(n for n in dir(deque) if not n.startswith("__")))
