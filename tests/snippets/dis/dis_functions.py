# dis.dis of functions of many shapes (output is byte-identical to CPython's, addresses aside).
from _scrub import show

def loops(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        while total > 10:
            total -= 4
        else:
            total += i
    return total

def exceptions(f):
    try:
        return f()
    except (KeyError, IndexError) as e:
        raise ValueError('bad') from e
    finally:
        print('done')

def exception_groups(f):
    try:
        f()
    except* TypeError as eg:
        print(eg)
    except* (KeyError, OSError):
        raise

def withs(path):
    with open(path) as a, open(path) as b:
        return a.read() + b.read()

def comprehensions(xs):
    return [x * 2 for x in xs if x], {x: y for x, y in xs}, {x for x in xs}, (x for x in xs)

def closure(a):
    def inner(b):
        nonlocal a
        a += b
        return a
    return inner

def gen(n):
    x = yield n
    yield from range(x)

async def coro(aw):
    async with aw as c:
        async for item in c:
            await item
    return [i async for i in aw]

def matcher(cmd):
    match cmd:
        case [x, *rest] if x:
            return rest
        case {'k': v, **kw}:
            return v
        case Point(x=0, y=y) | Point(1, y):
            return y
        case 'a' | 'b' | None:
            return 0
        case _:
            return -1

def calls(o, *a, **k):
    o.m(1, *a, key=2, **k)
    print(f'{o!r:>10} {a}')
    return lambda q=1, *, r=2: q + r

for f in (loops, exceptions, exception_groups, withs, comprehensions, closure, gen, coro, matcher, calls):
    print('=' * 20, f.__name__)
    show(f)
print('=' * 20, 'source')
show('x = a.b[c] = d; del e; import f.g as h; from i import j')
show('class C(B):\n    def m(self): return super().m()')
print('=' * 20, 'depth=0 and show_caches')
show(closure, depth=0)
show(lambda: x.y, show_caches=True)
