def f(a, b=0, **kw):
    return a, b, kw

print(f(*[1, 2]), f(*(1,), **{"b": 3, "c": 4}), f(**{"a": 5}))
for text, call in [
    ("f(*1)", lambda: f(*1)),
    ("f(**[1])", lambda: f(**[1])),
    ("f(1, **{'a': 2})", lambda: f(1, **{"a": 2})),
    ("f(**{'a': 1}, **{'a': 2})", lambda: f(**{"a": 1}, **{"a": 2})),
    ("f(**{1: 2})", lambda: f(**{1: 2})),
    ("f(*None)", lambda: f(*None)),
]:
    try:
        print(text, call())
    except TypeError as e:
        print(text, "->", e)
