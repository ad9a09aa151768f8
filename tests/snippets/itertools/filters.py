from itertools import compress, dropwhile, takewhile, filterfalse, starmap
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])), list(compress(data='ab', selectors=[0, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, '', 2, None])), list(filterfalse(lambda x: x % 2, range(7))))
print(list(starmap(pow, [(2, 3), [3, 2], range(2, 4)])))
t = takewhile(bool, [1, 0, 1])
print(list(t), list(t))
for bad in ["compress([])", "dropwhile(len)", "takewhile()", "filterfalse(len, [], 3)", "starmap(len)",
            "starmap(len, [], a=1)", "takewhile(len, 5)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
try:
    list(starmap(len, [1]))
except TypeError as e:
    print('TypeError:', e)
