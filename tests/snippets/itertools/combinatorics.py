from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print(list(product('ab', range(2))), list(product()), list(product('ab', repeat=2)), list(product('ab', [])), list(product(repeat=0)))
print(list(permutations('abc')), list(permutations(range(4), 2)))
print(list(permutations('ab', 3)), list(permutations([], 0)), list(permutations('abc', 0)), list(permutations('ab', None)))
print(list(combinations('abcd', 2)), list(combinations('abc', 0)), list(combinations('ab', 3)), list(combinations(range(5), 3)))
print(list(cwr('abc', 2)), list(cwr('', 0)), list(cwr('', 1)), list(cwr('ab', 0)), list(cwr(iterable='ab', r=3)))
print(len(list(permutations(range(5)))), len(set(permutations(range(5)))), len(list(product(range(3), repeat=4))))
for bad in ["product(x=1)", "product([], repeat=-1)", "product(1)", "permutations()", "permutations([], -1)",
            "permutations([], 'a')", "combinations([])", "combinations([], -1)", "cwr([], -1)", "combinations('ab', 1.5)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, '->', type(e).__name__, e)
