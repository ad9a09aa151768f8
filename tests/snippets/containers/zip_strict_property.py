# zip(strict=True) errors for every combination of lengths
bad = []
for lens in [(0, 0), (0, 1), (1, 0), (2, 2), (2, 3), (3, 2), (1, 1, 1), (1, 1, 2), (1, 2, 1), (2, 1, 1), (3, 3, 2, 3), (0, 0, 0, 1)]:
    its = [range(n) for n in lens]
    try:
        r = list(zip(*its, strict=True))
        print(lens, "ok", len(r))
    except ValueError as e:
        print(lens, e)
gens = []
def g(n):
    for i in range(n):
        yield i
    gens.append(n)
try:
    list(zip(g(1), g(2), strict=True))
except ValueError as e:
    print(e, gens)
z = zip([1], [2, 3], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print(e)
print(next(z, "exhausted"))
