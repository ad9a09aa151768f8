# One attribute site seeing many classes (4-way inline caches): results must follow each class, also when a
# class changes under the cache, an instance shadows a method, or a fifth class evicts the oldest way.
class Base:
    kind = "base"
    def __init__(self, n):
        self.n = n
        self.waiting = n % 2 == 0
    def step(self):
        return self.n * 2
    def describe(self):
        return (self.kind, self.waiting, self.step(), self.n)

class A(Base):
    kind = "a"
class B(Base):
    def step(self):
        return -self.n
class C(Base):
    kind = "c"
    @property
    def waiting(self):
        return "prop"
    @waiting.setter
    def waiting(self, v):
        pass
class D(Base):
    __slots__ = ()
class E(Base):
    kind = "e"

objs = [cls(i) for i, cls in enumerate([A, B, C, D, E, A, B, C, D, E])]
for round in range(3):
    print(round, [o.describe() for o in objs])
    if round == 0:
        B.kind = "b-now"            # class attribute added: B's version changes
        objs[4].step = lambda: 99   # instance attribute shadows the method on one E
    if round == 1:
        del B.step                  # back to Base.step for B
        A.step = lambda self: "A!"  # a new method on A
        C.waiting = 7               # property replaced by a plain value: the instance dict wins now
total = 0
for i in range(2000):
    o = objs[i % 10]
    total += o.n if o.waiting is True else 1
print(total)
