# ContextVar get/set/reset, Token, copy_context, Context mapping, Context.run.
from contextvars import ContextVar, Context, Token, copy_context
import contextvars

def r(o):
    return repr(o).split(' at ')[0]

v = ContextVar('v')
w = ContextVar('w', default=5)
print(r(v), r(w), v.name, w.name, w.get(), v.get('dflt'), w.get(7))
try:
    v.get()
except LookupError as e:
    print('LookupError', r(e.args[0]))
t = v.set(1)
print(r(t), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING), v.get())
t2 = v.set(2)
print(t2.old_value, v.get())
v.reset(t2)
print(v.get())
v.reset(t)
print(v.get(None))
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError', r(e).startswith('RuntimeError'), str(e).endswith('has already been used once'))
try:
    w.reset(v.set(3))
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))

ctx = copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, ctx[v], ctx.get(v), ctx.get(w), ctx.get(w, 'd'), w in ctx)
print(list(ctx.keys()) == [v], list(ctx.values()), list(ctx.items()) == [(v, 3)], list(ctx) == [v])
def inner(x, y=0):
    v.set(x + y)
    w.set('in')
    return v.get(), w.get(), len(copy_context())
print(ctx.run(inner, 10, y=5))
print(v.get(), w.get(), ctx[v], ctx[w])
ctx2 = ctx.copy()
print(ctx2 == ctx, ctx2 is ctx, ctx == copy_context(), ctx != 1)
print(Context() == Context(), len(Context()))
def nested():
    try:
        ctx.run(nested)
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('cannot enter context:'), str(e).endswith('is already entered'))
ctx.run(nested)
def fails():
    v.set('lost?')
    raise KeyError('k')
try:
    ctx.run(fails)
except KeyError:
    print('exception passes out; ctx keeps', ctx[v], 'outside', v.get())
tok_in_ctx = ctx.run(v.set, 99)
try:
    v.reset(tok_in_ctx)
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))
ctx.run(v.reset, tok_in_ctx)
print(ctx[v])
print(ContextVar[int], Token[str], contextvars.Context is Context)
