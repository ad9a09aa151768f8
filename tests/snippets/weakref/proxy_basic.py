# A proxy forwards attribute access (get, set, delete), including __class__ and dir().
from _weakref import proxy, ProxyType, CallableProxyType
from _isolate import noaddr


class N:
    def __init__(self, v):
        self.v = v

    def m(self):
        return 'method of %s' % self.v


n = N(1)
p = proxy(n)
print(type(p) is ProxyType, isinstance(p, N), p.__class__ is N, type(p).__name__)
print(p.v, p.m())
p.w = 5
print(n.w)
del p.w
print(hasattr(n, 'w'), hasattr(p, 'w'))
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)
print(dir(p) == dir(n))
print(proxy(n) is p, proxy(n, None) is p, proxy(n, print) is p)
print(noaddr(repr(p)), str(p) == str(n))
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    p.__callback__
except AttributeError as e:
    print('AttributeError', e)
try:
    class P(ProxyType):
        pass
except TypeError as e:
    print(e)
print(type(proxy(N)) is CallableProxyType, type(proxy(len)) is CallableProxyType)
