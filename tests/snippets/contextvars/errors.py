# Argument errors and type restrictions of _contextvars.
from contextvars import ContextVar, Context, Token, copy_context
v = ContextVar('v')
ctx = copy_context()
tests = [lambda: ContextVar(1), lambda: ContextVar(), lambda: ContextVar('a', 1), lambda: ContextVar('a', defaultx=1),
         lambda: v.reset(1), lambda: Token(), lambda: Context(1), lambda: ctx[1], lambda: ctx[v], lambda: v.get(1, 2),
         lambda: v.get(default=1), lambda: v.set(), lambda: v.set(1, 2), lambda: v.reset(), lambda: ctx.run(),
         lambda: ctx.get(), lambda: ctx.get(1), lambda: ctx.get(v, 1, 2), lambda: 1 in ctx, lambda: ctx.copy(1),
         lambda: hash(v) == hash(v), lambda: type('X', (ContextVar,), {}), lambda: type('X', (Token,), {}),
         lambda: type('X', (Context,), {}), lambda: setattr(v, 'name', 'x'), lambda: hash(ctx), lambda: v == v,
         lambda: type(Token.MISSING)(), lambda: ctx.keys(1), lambda: copy_context(1)]
for i, f in enumerate(tests):
    try:
        res = f()
        print(i, repr(res).split(' at ')[0])
    except BaseException as e:
        print(i, type(e).__name__, str(e).split(' at ')[0])
print(sorted(n for n in dir(ContextVar) if not n.startswith('__')), sorted(n for n in dir(Token) if not n.startswith('__')))
print(sorted(n for n in dir(Context) if not n.startswith('__')))
