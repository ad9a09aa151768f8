# yield from through compiled generators: values, send() forwarding, throw() into the delegate, return
# values, recursion and a sub-iterator that is not a generator.
def leaf(n):
    acc = 0
    for i in range(n):
        x = yield i
        if x:
            acc += x
    return acc


def middle(n):
    got = yield from leaf(n)
    yield ("leaf returned", got)
    return got * 2


def top(n):
    r = yield from middle(n)
    yield ("middle returned", r)


out = []
g = top(1200)
v = next(g)
while True:
    try:
        v = g.send(1 if isinstance(v, int) and v % 2 else None)
    except StopIteration:
        break
    if not isinstance(v, int):
        out.append(v)
print(out)


def flatten(nested):
    for part in nested:
        if isinstance(part, list):
            yield from flatten(part)
        else:
            yield part


data = [[i, [i + 1, [i + 2, [i + 3]]]] for i in range(800)]
print(sum(flatten(data)), len(list(flatten(data))))


def catcher():
    caught = 0
    while True:
        try:
            yield caught
        except KeyError:
            caught += 1


def outer():
    yield from catcher()


o = outer()
next(o)
for i in range(1500):
    if i % 300 == 0:
        print(o.throw(KeyError(i)))
    else:
        next(o)


def over_iter():
    yield from range(2000)
    yield from iter([1, 2, 3])
    yield from "ab"


print(sum(1 for _ in over_iter()), list(over_iter())[-4:])
