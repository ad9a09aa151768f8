square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(4), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(square.__name__, square.__qualname__, add.__defaults__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
def make_multiplier(n):
    return lambda x: x * n
triple = make_multiplier(3)
print(triple(7), triple.__qualname__)
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
