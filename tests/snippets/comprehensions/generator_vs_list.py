# list comprehension vs generator expression vs list(genexp): the same values, different timing
log = []
def f(x):
    log.append(x)
    return x * 2

lc = [f(x) for x in range(3)]
print("after listcomp", log)
log.clear()
ge = (f(x) for x in range(3))
print("after genexp", log)
print(next(ge), log)
print(list(ge), log)
print(list(f(x) for x in range(2)) == [f(x) for x in range(2)])
print(tuple(x for x in "ab"), set(x for x in "aa"), dict((x, 1) for x in "z"))
print(any(x > 1 for x in [0, 5, 1]), all(x for x in []), min((x for x in [3, 1]), default=0))
