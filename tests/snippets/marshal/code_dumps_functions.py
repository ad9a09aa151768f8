import marshal
src = '''
def plain(a, b=3):
    return a + b * 2.5
def kinds(p, /, q, *args, k=1, **kw):
    return p, q, args, k, kw
def outer(n):
    total = 0
    def inner(m):
        nonlocal total
        total += m
        return total + n
    return inner
def gen(xs):
    for x in xs:
        yield x * 2
    return "done"
async def coro(a):
    await a
    async with a as b:
        pass
    return [x async for x in b]
'''
code = compile(src, "funcs.py", "exec")
data = marshal.dumps(code)
print(data)
