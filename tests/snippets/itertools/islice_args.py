from itertools import islice, count
s = 'abcdefg'
print(list(islice(s, 2)), list(islice(s, 2, None)), list(islice(s, 1, 6, 2)), list(islice(s, None)))
print(list(islice(s, 0)), list(islice(s, 10)), list(islice(s, 3, 2)), list(islice(s, None, None, 3)))
print(list(islice(count(), 3, 10, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for bad in ["islice([])", "islice([], 1, 2, 3, 4)", "islice([], a=1)", "islice([], -1)", "islice([], 'a')",
            "islice([], -1, 2)", "islice([], 1, -2)", "islice([], 1, 2, 0)", "islice([], 1, 2, -1)", "islice([], 1.0)",
            "islice(1, 2)"]:
    try:
        eval(bad)
        print(bad, 'ok')
    except (TypeError, ValueError) as e:
        print(bad, '->', type(e).__name__, e)
