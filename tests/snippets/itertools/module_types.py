import itertools
names = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle',
         'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat',
         'starmap', 'takewhile', 'zip_longest']
for n in names:
    t = getattr(itertools, n)
    sub = type('Sub', (t,), {})
    print(n, t, t.__module__, isinstance(t, type), sub.__mro__[1] is t)
for n in ['_grouper', '_tee']:
    t = getattr(itertools, n)
    try:
        type('Sub', (t,), {})
    except TypeError as e:
        print(n, 'TypeError:', e)
print(itertools.__name__, callable(itertools.tee))
class Counter(itertools.count):
    pass
c = Counter(3)
c.extra = 1
print(next(c), next(c), c.extra)
