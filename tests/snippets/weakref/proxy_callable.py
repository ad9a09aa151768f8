# Proxies to callables are CallableProxyType and forward calls with their arguments.
from _weakref import proxy, CallableProxyType, ProxyType


class Adder:
    def __call__(self, a, b=0, *, c=0):
        return a + b + c


def func(*args, **kwargs):
    return args, sorted(kwargs.items())


a = Adder()
pa = proxy(a)
print(type(pa) is CallableProxyType, pa(1), pa(1, 2), pa(1, b=2, c=3))
pf = proxy(func)
print(pf(), pf(1, 2, x=3))
pc = proxy(Adder)
print(type(pc) is CallableProxyType, pc()(5))
try:
    pa()
except TypeError as e:
    print('TypeError', e)


class NotCallable:
    pass


pn = proxy(NotCallable())
print(type(pn) is ProxyType, callable(pn), callable(pa))
try:
    pn()
except TypeError as e:
    print(e)
