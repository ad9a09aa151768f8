# next() on an exhausted iterator outside a loop: an uncaught StopIteration
it = iter([1])
print(next(it))
next(it)
