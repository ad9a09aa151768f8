# errors raised during list.sort: modification, comparison failures, key failures
l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e, l)
l = [3, 1, 2]
def key2(x):
    print("during sort", l)
    return x
l.sort(key=key2)
print(l)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, None])
except TypeError as e:
    print(e)
try:
    sorted([{1}, {2}, [3]])
except TypeError as e:
    print(e)
class Boom:
    def __lt__(self, o): raise RuntimeError("boom")
x = [Boom(), Boom(), Boom()]
try:
    x.sort()
except RuntimeError as e:
    print("RuntimeError", e, len(x))
l = [5, 4, 3, 2, 1]
def badkey(v):
    if v == 2:
        raise KeyError(v)
    return v
try:
    l.sort(key=badkey)
except KeyError as e:
    print("KeyError", e, l)
l = [3, 2, 1]
def clear_key(v):
    l.clear()
    return v
try:
    l.sort(key=clear_key)
except ValueError as e:
    print(e, l)
print(sorted([]), sorted([1]), sorted([], key=lambda x: 1 / 0))
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
try:
    sorted([1], [2])
except TypeError as e:
    print(e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(e)
