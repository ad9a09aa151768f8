import itertools
a, b = itertools.tee([1, 2])
print(list(a), list(b))
itertools.tee([], -1)
