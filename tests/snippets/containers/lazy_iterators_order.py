# map/filter/zip/enumerate are lazy: the order of side effects shows it
def src(tag, n):
    for i in range(n):
        print(f"  {tag} yields {i}")
        yield i
def f(x):
    print(f"  f({x})")
    return x * 10
m = map(f, src("m", 3))
print("map created")
print(next(m))
print(list(m))
fl = filter(lambda x: print(f"  test {x}") or x % 2, src("f", 4))
print("filter created")
print(list(fl))
z = zip(src("a", 2), src("b", 3))
print("zip created")
print(list(z))
e = enumerate(src("e", 2), 5)
print(next(e), next(e), next(e, "done"))
r = reversed([1, 2, 3])
print(next(r), list(r))
