def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)

show()
show(1, 2)
show(a=1, b=2)
show(1, *[2, 3], x=4, **{"y": 5, "z": 6})
show(*"ab", *range(2))
show(**{"b": 1}, a=2)

def mixed(a, b=2, *rest, c, d=4, **more):
    print(a, b, rest, c, d, more)

mixed(1, c=3)
mixed(1, 2, 3, 4, c=5, e=6)
d = {"c": 1}
def mutate(**kw):
    kw["c"] = 99
    return kw
print(mutate(**d), d)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"q": 1}, b=2))
