# __doc__ of the container types
for t in (list, tuple, dict, set, frozenset, range, slice):
    print(t.__name__, repr(t.__doc__))
