def f(self, *args, **kwargs):
    return self, args, kwargs

print(f(1, 2, x=3))
print(f(self=5))
print(f(1, **{"args": 2, "kwargs": 3}))

def g(a, **kw):
    return a, kw
try:
    g(1, a=2)
except TypeError as e:
    print("TypeError:", e)
print(g(1, **{"b": 2}), g(**{"a": 0, "ä": 1}))

def h(a, /, **kw):
    return a, kw
print(h(1, a=2))
