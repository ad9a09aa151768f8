# symtable.symtable over functions, classes, comprehensions, globals, nonlocals, free and cell variables.
import symtable

SRC = '''
import os, sys as system
from collections import deque as dq
g = 1
def outer(a, b=2, *args, c, **kw) -> int:
    x = 1
    y: int
    def inner():
        nonlocal x
        x += 1
        return x + a
    global g
    g = [i for i in range(x)]
    return inner
class C(Base):
    attr = 1
    def method(self):
        return __class__, super().method()
    lam = lambda q: q + attr
async def co():
    async with x as y:
        await y
    return {k: v async for k, v in y}
gen = (t for t in range(3))
'''

def show(t, indent=0):
    pad = '  ' * indent
    print(f'{pad}{t.get_type()} {t.get_name()} line={t.get_lineno()} optimized={t.is_optimized()} '
          f'nested={t.is_nested()} children={t.has_children()}')
    for name in sorted(t.get_identifiers()):
        s = t.lookup(name)
        flags = [f for f in ('referenced', 'imported', 'parameter', 'global', 'nonlocal', 'declared_global',
                             'local', 'annotated', 'free', 'assigned', 'namespace') if getattr(s, 'is_' + f)()]
        print(f'{pad}  {name}: {" ".join(flags)}')
    if isinstance(t, symtable.Function):
        print(f'{pad}  params={t.get_parameters()} locals={t.get_locals()} globals={t.get_globals()} '
              f'nonlocals={t.get_nonlocals()} frees={t.get_frees()}')
    if isinstance(t, symtable.Class):
        print(f'{pad}  methods={t.get_methods()}')
    for child in t.get_children():
        show(child, indent + 1)

top = symtable.symtable(SRC, 'mod.py', 'exec')
print(top)
show(top)
print(top.lookup('outer').get_namespace().get_name())
try:
    top.lookup('os').get_namespace()
except ValueError as e:
    print('ValueError', e)
print(repr(top.lookup('g')))
