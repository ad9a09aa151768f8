t = 1, 2, 3
print(t, type(t), len(t), t[1], t[-1], t[:2], t[::-1])
single = (5,)
not_tuple = (5)
print(single, not_tuple, type(single).__name__, type(not_tuple).__name__, ())
print(t + (4,), t * 2, (1, 2) < (1, 2, 0), (1, "b") < (1, "c"), (2,) > (1, 99))
print(t.count(2), t.index(3), 2 in t, (1, [2]) == (1, [2]))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], tuple("xy"), tuple([1, 2]))
print(hash((1, 2)) == hash((1, 2)), (1, 2) != None)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
