# types.SimpleNamespace (the type of sys.implementation)
import sys
NS = type(sys.implementation)
n = NS(b=2, a=1)
print(n, n.a, n.b)
n.c = [3]
del n.a
print(n, vars(n), n == NS(b=2, c=[3]), n != NS())
print(NS(), repr(NS(x=NS(y=1))))
try:
    NS(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(n)
except TypeError as e:
    print("TypeError:", e)
class Sub(NS):
    pass
print(Sub(k="v"))
