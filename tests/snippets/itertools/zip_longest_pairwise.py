from itertools import zip_longest, pairwise
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()), list(zip_longest('ab', 'xyz')))
print(list(zip_longest('a', '', 'xy')), list(zip_longest([], [])))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
for bad in ["zip_longest(x=1)", "zip_longest(1)", "pairwise()", "pairwise(1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
