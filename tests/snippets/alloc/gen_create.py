# Creating generators (plain, with closures, with cells, generator expressions) and their state before starting.
import inspect
import sys


def simple(n):
    for i in range(n):
        yield i


def outer(k):
    def inner(n):
        for i in range(n):
            yield i * k   # free variable: COPY_FREE_VARS before RETURN_GENERATOR
    return inner


def cell_gen(n):
    x = n

    def get():
        return x
    yield get()
    x += 1
    yield get()


g = simple(3)
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_frame.f_lineno, g.gi_frame.f_lasti >= 0)
print(list(g), inspect.getgeneratorstate(g))
g = outer(10)(4)
print(inspect.getgeneratorstate(g), g.gi_frame.f_locals)
print(list(g))
print(list(cell_gen(5)))
try:
    simple(2).send(1)
except TypeError as e:
    print(e)
g = simple(2)
print(g.send(None), g.send(5))
g = simple(2)
g.close()
print(inspect.getgeneratorstate(g), list(g))
g = simple(2)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("thrown before start", e, inspect.getgeneratorstate(g))
print(type(x for x in []).__name__, (x for x in []).__name__, (x for x in []).__qualname__)


def f():
    return (c * 2 for c in "ab")


print(f().__qualname__, list(f()))
print(sum(x for x in range(10)), sum((x for x in range(5)), 100))
print(list(simple(0)))


# at the recursion limit, entering a generator's frame raises RecursionError
def deep(n):
    if n == 0:
        return simple(1)
    return deep(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
try:
    deep(100)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)
print(list(deep(10)))
# many short generators
print(sum(sum(x for x in (i, i + 1)) for i in range(10000)))
