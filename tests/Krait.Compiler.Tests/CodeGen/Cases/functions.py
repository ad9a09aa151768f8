def f(a, /, b, *, c=1, **kw):
    return a + b + c

def outer(x):
    y = 1
    def inner(z):
        nonlocal y
        y += z
        return x + y
    return inner

@decorator
@other(1)
def decorated(self):
    pass

def annotated(a: int, *b: str, c: "x" = 1) -> None:
    pass

def gen():
    x = yield
    yield x
    yield from range(3)

async def coro(a):
    await a
    async with a as b, c:
        pass
    async for i in a:
        pass
    return [i async for i in a]

def uses_global():
    global G
    G = 1
    return G

def early_return(x):
    if x:
        return 1
    return
lam = lambda: (yield)
