it = iter([1])
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
e = StopIteration(42)
print(e.value, e.args)
print(next(iter(()), None))
try:
    next([1, 2])
except TypeError as err:
    print("TypeError:", err)
next(iter([]))
