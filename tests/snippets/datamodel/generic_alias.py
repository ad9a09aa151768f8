print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
alias = list[int]
print(type(alias).__name__, type(alias).__module__, alias.__origin__, alias.__args__, alias.__parameters__)
print(alias([1, 2]), alias == list[int], alias != list[str], alias == list, hash(alias) == hash(list[int]))
print(alias.append, alias.__name__ if hasattr(alias, "__name__") else "no name")
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)

class IntList(list[int]):
    pass
print(IntList.__bases__, IntList.__orig_bases__, IntList([3]))

class Box:
    pass
print(dict[Box, "fwd"], list[Box])

class Node:
    def __class_getitem__(cls, item):
        return f"Node of {item.__name__}"
print(Node[int])
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
d = dict[str, int]()
d["a"] = 1
print(d, type(d).__name__)
