import os.path as p
from . import x as y, z
def f(a, b=1, *args, c, d=2, **kw) -> int:
    """doc"""
    def g():
        nonlocal a
        a += 1
        return a + b
    return g() + os.path.join(a, b=c)
class C(Base, metaclass=M):
    x: int = 3
    def m(self):
        return super().m()
    @staticmethod
    def s(): pass
lam = lambda x, *, y=3: x + y
sq = [i * i for i in range(10) if i % 2]
gen = (i for i in x for j in y)
d = {k: v for k, v in items}
def gen2():
    yield 1
    x = yield from other()
    return x
try:
    foo()
except ValueError as e:
    print(e)
except:
    pass
else:
    bar()
finally:
    baz()
with open(f) as fh, other():
    fh.read()
async def co():
    async with a as b:
        await b
    async for x in y:
        print(x)
    return [x async for x in y]
assert x, "msg"
x, *rest = y
global gg
