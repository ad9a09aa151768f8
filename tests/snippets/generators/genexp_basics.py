# generator expressions: laziness, single use, scope of the first iterable
xs = [1, 2, 3]
g = (x * x for x in xs)
print(type(g).__name__, g.__name__, g.__qualname__)
xs.append(4)
print(list(g))
print(list(g))

# the outermost iterable is evaluated immediately
def make():
    print("iterable built")
    return [10, 20]
g2 = (y + 1 for y in make())
print("genexp created")
print(sum(g2))

# only parentheses needed as the sole argument
print(sum(x for x in range(5)), max(c for c in "hello"))
print(sorted((n % 3 for n in range(7)), reverse=True))

def f():
    return (i for i in range(3))
print(f().__qualname__)
