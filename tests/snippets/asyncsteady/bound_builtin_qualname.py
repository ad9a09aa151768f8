# Bound builtin methods made by attribute look-up (a method descriptor's __get__): names, qualnames, reprs,
# equality and the errors that name them, for builtin types, a subclass and contextvars.Context.run (which
# asyncio's Handle._run looks up for every callback).
import collections
import contextvars


class L(list):
    pass


ctx = contextvars.copy_context()
for m in ([].append, L().append, {}.get, "x".upper, collections.deque().popleft, ctx.run, (1).bit_length):
    print(m.__name__, m.__qualname__, type(m).__name__, repr(m).split(" of ")[0])

a = []
print(a.append == a.append, a.append is a.append, a.append == [].append, hash(a.append) == hash(a.append))
try:
    a.append()
except TypeError as e:
    print(e)
try:
    {}.get()
except TypeError as e:
    print(e)
try:
    collections.deque().popleft()
except IndexError as e:
    print(e)
try:
    ctx.run()
except TypeError as e:
    print(e)
print(ctx.run(lambda *a: a, 1, 2))
