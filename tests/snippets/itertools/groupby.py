from itertools import groupby
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 7], key=lambda x: x % 2)])
print([(k, ''.join(g)) for k, g in groupby(sorted('mississippi'))])
gs = list(groupby('aabbc'))
print([(k, list(g)) for k, g in gs])
it = groupby('aaabb')
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print(type(g).__name__, type(g).__module__, list(groupby([])))
for bad in ["groupby()", "groupby([], None, 1)", "type(g)()"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
