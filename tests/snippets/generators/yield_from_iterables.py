# yield from works on any iterable, not only generators
def g():
    yield from [1, 2]
    yield from (3, 4)
    yield from "ab"
    yield from range(5, 7)
    yield from {"k": 1}
    r = yield from []
    print("result of yield from list:", r)

print(list(g()))

def bad():
    yield from 5

try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
