from itertools import repeat, count, islice
print(repeat(5, 3), repeat('a'), repeat(1, -2), repr(repeat(None, 0)))
print(list(repeat('x', 3)), list(repeat(7, 0)))
r = repeat(1, 4)
print(r.__length_hint__(), next(r), r.__length_hint__(), r)
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError:', e)
for bad in ["repeat()", "repeat(1, 2, 3)", "repeat(1, 'a')"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
c = count(5)
print(c, next(c), next(c), c)
print(count(1.5, 0.5), list(islice(count(1.5, 0.5), 4)))
print(count(step=2), count(0, 1), count(3, -1), list(islice(count(10, -3), 4)))
print(list(islice(count(2**64), 2)))
for bad in ["count('a')", "count(1, 'a')", "count(1, 2, 3)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
print(list(map(pow, range(4), repeat(2))))
