from types import SimpleNamespace as NS
n = NS(a=1, b="x")
print(n, repr(n), n.a, n.b)
print(NS(), NS(**{"z": 1, "a": 2}))
print(n == NS(a=1, b="x"), n == NS(a=1), n != NS(), n == {"a": 1, "b": "x"})
n.c = [1]
del n.a
print(n, sorted(vars(n)))
try:
    n.missing
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    NS(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    NS(**{1: 2})
except TypeError as ex:
    print("TypeError:", ex)
r = NS(x=1)
r.self = r
print(r)
class Sub(NS):
    pass
print(Sub(q=1), Sub(q=1) == NS(q=1))
print(n.__reduce__())
try:
    hash(n)
except TypeError as ex:
    print("TypeError:", ex)
print(NS(a=NS(b=2)))
print(NS.__module__, NS.__name__, NS.__qualname__)
