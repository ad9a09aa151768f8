# Tuples and dicts of atoms are not tracked; with a container inside they are. CPython untracks a tuple of
# atoms when a collection examines it, so the snippet collects first.
import gc

gc.collect()

print(gc.is_tracked(()), gc.is_tracked((1, 'a')), gc.is_tracked(([],)), gc.is_tracked((1, (2, [3]))))
print(gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({1: 'x', 2.5: None}))
print(gc.is_tracked({'a': []}), gc.is_tracked({'a': {}}), gc.is_tracked({'k': {'n': [1]}}))
d = {'a': 1}
print(gc.is_tracked(d))
d['b'] = [2]
print(gc.is_tracked(d))


class K:
    pass


print(gc.is_tracked({K(): 1}), gc.is_tracked({1: K()}), gc.is_tracked((K(),)))
