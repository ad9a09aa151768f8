def f(*, a=1, b, c=3):
    return a, b, c

print(f(b=2), f(b=0, a=9, c=8), f.__kwdefaults__)

def g(x, /, y=2, *args, z, w=4, **kw):
    return x, y, args, z, w, kw

print(g(1, z=3), g(1, 2, 3, 4, z=5, w=6, q=7))
print(g.__code__.co_varnames, g.__code__.co_argcount, g.__code__.co_kwonlyargcount, g.__code__.co_flags & 0x0C)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    g()
except TypeError as e:
    print("TypeError:", e)
