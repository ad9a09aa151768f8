import itertools
print(list(itertools.islice(range(5), 1, 3)))
itertools.islice(range(5), -1)
