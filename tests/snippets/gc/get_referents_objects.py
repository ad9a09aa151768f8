# gc.get_referents of instances (their attribute values, then the class), slots, classes, functions, methods.
import gc


class A:
    x = 1

    def m(self):
        pass


a = A()
a.p = 'P'
a.q = [1]
r = gc.get_referents(a)
print(r[:-1], r[-1] is A)


class S:
    __slots__ = ('u', 'v')


s = S()
s.v = 'V'
s.u = 'U'
r = gc.get_referents(s)
print(r[:-1], r[-1] is S)
s2 = S()
print([x is S for x in gc.get_referents(s2)])

r = gc.get_referents(A)
print(A.__dict__ in [x for x in r if type(x) is not type(A.__dict__)] or any(type(x) is dict and 'm' in x for x in r))
print(A.__mro__ in r, A.__bases__ in r, object in r)


def f(x=1, *, y=2):
    return x


r = gc.get_referents(f)
print(f.__code__ in r, any(x is f.__globals__ for x in r), f.__defaults__ in r, f.__kwdefaults__ in r, 'f' in r)
bm = a.m
r = gc.get_referents(bm)
print(len(r), r[0] is A.m, r[1] is a)
print([type(x).__name__ for x in gc.get_referents(gc)])
cell = (lambda: a).__closure__
print(cell is None or gc.get_referents(cell[0])[0] is a)
