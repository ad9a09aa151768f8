def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))

def kw_collect(a, /, **kwargs):
    return a, kwargs

print(kw_collect(1, a=2))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4),
             lambda: f(1, 2, d=4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def defaults(a, b=2, /, c=3):
    return a, b, c
print(defaults(1), defaults(1, 20), defaults(1, 20, 30), defaults(1, c=30))
