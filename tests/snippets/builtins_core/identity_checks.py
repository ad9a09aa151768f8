# identity via `is` and id() equality, printed as booleans only
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, type(None)() is None, True is (1 == 1))
t = ()
e = ""
print(t is tuple(), tuple(t) is t, e is str(e), frozenset() == frozenset())
def f():
    return None
print(f() is None, f is f, f.__code__ is f.__code__)
class K:
    def m(self):
        pass
k = K()
print(k.m == k.m, k.m is k.m, K.m is K.m)
print(isinstance(id(a), int), id(a) == id(a))
x = object()
print(x is not object(), [x].index(x), x in [object(), x])
