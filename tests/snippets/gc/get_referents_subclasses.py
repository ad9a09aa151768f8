# gc.get_referents of instances of subclasses of builtins: the added __dict__, the class, then the base's.
import gc


class L(list):
    pass


class D(dict):
    pass


class E(Exception):
    pass


lst = L([1, 'x'])
lst.a = 'A'
print(gc.get_referents(lst)[0], gc.get_referents(lst)[1] is L, gc.get_referents(lst)[2:])
d = D(k='v')
d.q = 'Q'
r = gc.get_referents(d)
print(r[0], r[1] is D, r[2:])
e = E(1)
e.z = 'Z'
r = gc.get_referents(e)
print(r[0] is E, r[1:])
print(gc.get_referents(ValueError('bad', 1)))
