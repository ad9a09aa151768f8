import itertools
from itertools import chain
print(list(chain([1, 2], 'ab', (), range(2))))
print(list(chain()), list(chain.from_iterable(['ab', 'cd', []])))
print(type(chain()), chain.__module__, chain.__name__)
print(type(chain.from_iterable([])) is chain)
c = chain('ab', 1)
print(next(c), next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError:', e)
try:
    chain(a=1)
except TypeError as e:
    print('TypeError:', e)
try:
    chain.from_iterable()
except TypeError as e:
    print('TypeError:', e)
class MyChain(chain):
    def __init__(self, *args):
        self.n = len(args)
m = MyChain('xy', 'z')
print(type(m).__name__, m.n, list(m), isinstance(m, chain))
print(iter(c) is c, type(itertools.chain).__name__)
