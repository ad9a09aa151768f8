# _symtable.symtable's entries: raw flags, varnames, types, and its errors.
import _symtable

names = sorted(n for n in dir(_symtable) if n.isupper())
print([(n, getattr(_symtable, n)) for n in names])

def dump(t, depth=0):
    print('  ' * depth, t.name, t.type, t.lineno, t.nested, sorted(t.symbols.items()), t.varnames,
          [c.name for c in t.children], repr(t).split('(')[0], isinstance(t.id, int))
    for c in t.children:
        dump(c, depth + 1)

dump(_symtable.symtable('def f(x, *, y):\n  z = x\n  return lambda: z\nclass K:\n  def m(self): return __class__\n',
                        'f.py', 'exec'))
dump(_symtable.symtable('[a for a in b]', 'e', 'eval'))
dump(_symtable.symtable(b'x = 1; del x', b'bytes', 'single'))
t = _symtable.symtable('x=1', 'f', 'exec')
print(type(t).__name__, t == t)
for attr in ('name', 'symbols', 'lineno'):
    try:
        setattr(t, attr, 1)
    except AttributeError as e:
        print(attr, e)
for args in [(1, 'f', 'exec'), ('x', 'f', 'bogus'), ('x', 1, 'exec'), (b'x=1', 'f', 'eval'), ('x=', 'f', 'exec'),
             ('x',), ('x\0', 'f', 'exec'), ('x', 'f', b'exec'), ('def f():\n  nonlocal q\n', 'f', 'exec'),
             ('def f(a, a): pass', 'f', 'exec'), ('global x\nx = 1\ndef g():\n  x = 1\n  global x\n', 'f', 'exec')]:
    try:
        print(_symtable.symtable(*args).name)
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e, getattr(e, 'lineno', ''), getattr(e, 'offset', ''))
try:
    type(t)()
except TypeError as e:
    print(e)
