# Proxies to builtin objects that support weak references: sets, functions, classes, modules.
import sys
from _weakref import proxy


s = {3, 1, 2}
ps = proxy(s)
print(len(ps), sorted(ps), 2 in ps, ps | {4} == {1, 2, 3, 4}, ps.issubset({1, 2, 3, 4}))
ps.add(9)
print(sorted(s))
fs = frozenset('ab')
print(sorted(proxy(fs)), 'a' in proxy(fs))


def double(x):
    return 2 * x


pd = proxy(double)
print(pd(21), pd.__name__, pd.__code__ is double.__code__)


class K:
    attr = 'class attribute'

    def __init__(self, v):
        self.v = v


pk = proxy(K)
print(pk(5).v, pk.attr, pk.__name__, isinstance(K(1), K))
pm = proxy(sys)
print(pm.maxsize == sys.maxsize, pm.__name__)
