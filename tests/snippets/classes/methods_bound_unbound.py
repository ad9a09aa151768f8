class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self.n

c = Counter()
m = c.inc
print(m(), m(5), c.n)
print(m.__self__ is c, m.__func__ is Counter.inc, m.__name__, m.__qualname__)
print(Counter.inc(c, 10), type(Counter.inc).__name__, type(m).__name__)
print(c.inc == c.inc, c.inc is c.inc, Counter.inc is Counter.inc)
d = Counter()
print(c.inc == d.inc)
def outside(self):
    return "outside sees n=%d" % self.n
Counter.extra = outside
print(c.extra())
c.instance_func = lambda: "no self passed"
print(c.instance_func())
bound = Counter().inc
print(bound(), bound())
methods = [c.inc, d.inc]
print([f(2) for f in methods])
