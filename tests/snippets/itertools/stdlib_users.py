import copy, weakref
from itertools import chain, count, islice
print(copy.copy([1, 2]), copy.deepcopy({'a': [1, (2, 3)]}))
print(list(islice(count(), 3)), sorted(chain({3, 1}, [2])))
