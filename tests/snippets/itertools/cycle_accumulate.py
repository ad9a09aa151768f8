import operator
from itertools import cycle, accumulate, islice
print(list(islice(cycle('ab'), 5)), list(cycle([])))
c = cycle(iter([1, 2, 3]))
print([next(c) for _ in range(7)])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate(['a', 'b', 'c'])), list(accumulate([1, 2], func=lambda a, b: a - b)))
for bad in ["cycle()", "cycle(1, 2)", "cycle(x=1)", "cycle(1)", "accumulate()", "accumulate([], None, 3)", "accumulate(1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print('TypeError:', e)
