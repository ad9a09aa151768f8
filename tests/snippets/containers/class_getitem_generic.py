# __class_getitem__ on the builtin container types
for t in (list, tuple, dict, set, frozenset, type({}.keys()), type({}.values()), type({}.items()), enumerate):
    try:
        print(t.__name__, t[int], t[int, str] if t is dict else "")
    except TypeError as e:
        print(t.__name__, "TypeError", e)
for t in (range, slice, zip, map, filter, reversed):
    try:
        print(t[int])
    except TypeError as e:
        print(e)
ga = list[int]
print(ga.__origin__, ga.__args__, ga([1, 2]), isinstance([], list), type(ga).__name__)
print(dict[str, list[int]], tuple[int, ...], tuple[()])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(list[int] == list[int], list[int] == list[str])
