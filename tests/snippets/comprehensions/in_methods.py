# comprehensions in methods see self and the method's locals, not the class body
class Grid:
    size = 3
    def __init__(self, fill):
        self.fill = fill
    def rows(self):
        n = self.size
        return [[self.fill] * n for _ in range(n)]
    def labels(self, prefix):
        return [f"{prefix}{i}{self.fill}" for i in range(Grid.size)]
    @classmethod
    def diagonal(cls):
        return [(i, i) for i in range(cls.size)]
    lookup = {k: v for k, v in zip("abc", range(3))}

g = Grid(".")
print(g.rows())
print(g.labels("#"))
print(Grid.diagonal())
print(Grid.lookup)
