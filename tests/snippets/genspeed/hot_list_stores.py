# list append/insert/item assignment on hot paths, with subclasses and objects of many types stored.
class L(list):
    def append(self, x):
        super().append(("wrapped", x))


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"


items = []
for i in range(3000):
    items.append(i if i % 3 else (str(i) if i % 2 else Box(i)))
print(len(items), items[:4], items[-3:])

sub = L()
for i in range(1500):
    sub.append(i)
print(len(sub), sub[:2], type(sub).__name__)

squares = [i * i for i in range(2000)]
for i in range(0, 2000, 7):
    squares[i] = -i
squares[-1] = "last"
print(sum(x for x in squares if isinstance(x, int)), squares[-1], squares[7])

ins = []
for i in range(1200):
    ins.insert(i // 2, i)
print(ins[:6], ins[-3:], len(ins))

try:
    squares[2000] = 1
except IndexError as e:
    print("IndexError", e)
try:
    squares[-2001] = 1
except IndexError as e:
    print("IndexError", e)
grid = [[r * c for c in range(30)] for r in range(40)]
flat = []
for row in grid:
    flat.extend(row)
    flat.append(len(row))
print(len(flat), flat[-32:-28])
