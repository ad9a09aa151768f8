# the value of `yield from` is the subgenerator's return value
def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    a = yield from inner(2)
    print("inner returned", a)
    b = yield from inner(3)
    print("inner returned", b)
    return a + b

g = outer()
for v in g:
    print("yielded", v)

def wrap():
    result = yield from outer()
    print("outer returned", result)

print(list(wrap()))
