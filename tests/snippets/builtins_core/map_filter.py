# map and filter are lazy iterators
print(list(map(str.upper, ["a", "b"])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda n: n % 2, range(7))))
calls = []
m = map(lambda v: calls.append(v) or v, [1, 2, 3])
print(calls, next(m), calls)
print(type(m).__name__, type(filter(None, [])).__name__)
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)
