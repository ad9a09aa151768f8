# reprs of dict/list/set subclasses and of containers holding them
class D(dict): pass
class L(list): pass
class S(set): pass
class F(frozenset): pass
class T(tuple): pass
print(D(a=1), L([1]), S([1]), F([1]), T([1]), D(), L(), S(), F(), T())
print([D(a=L([S([1])]))], {1: T([F([2])])})
class R(dict):
    def __repr__(self): return "R(...)"
print({1: R()}, [R()], (R(),))
class Str(list):
    def __str__(self): return "str!"
print(Str([1]), repr(Str([1])), [Str([1])], str(Str()))
d = D(x=1)
d.self = d
print(d, vars(d).keys())
