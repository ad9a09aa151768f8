class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
a = P(1, 2); b = P(3, 4)
print(a.x, a.y, b.x + b.y, vars(a), b.__dict__)
b.z = 5; print(b.__dict__, a.__dict__)
class Q:
    def __init__(self, first):
        if first: self.a = 1; self.b = 2
        else: self.b = 2; self.a = 1
q1 = Q(True); q2 = Q(False)
print(q1.__dict__, q2.__dict__, q1.a, q2.a)
c = P(5, 6); del c.x
print(c.__dict__, hasattr(c, 'x'), getattr(c, 'y'))
try: c.x
except AttributeError as e: print(e)
d = P(7, 8); d.__dict__['w'] = 9; print(d.w, d.__dict__)
e = P(1, 1); e.__dict__ = {'k': 1}; print(e.k, hasattr(e, 'x'))
class R(P): pass
r = R(1, 2); r.__class__ = P; print(type(r).__name__, r.__dict__, r.x)
class S(str): pass
f = P(1, 2); setattr(f, S('x'), 10); print(f.x, f.__dict__)
g = P(1, 2); object.__setattr__(g, 'q', 3); print(g.__dict__)
import copy; h = copy.copy(P(3, 4)); print(h.__dict__, copy.deepcopy(P([1], 2)).__dict__)
import pickle; print(pickle.loads(pickle.dumps(P(1, 'a'))).__dict__)
class M:
    def meth(self): return 'class'
m = M(); m.meth = lambda: 'inst'; print(m.meth(), M().meth())
for i in range(40): setattr(m, 'a%d' % i, i)
print(len(m.__dict__), m.a39)
class T:
    __slots__ = ('s', '__dict__')
t = T(); t.s = 1; t.d = 2; print(t.__dict__, t.s)
print(sorted(vars(P(1,2)).items()))
