# errors when unpacking arguments in calls
def f(*args, **kwargs):
    return args, kwargs

def g(a, b):
    return a, b

attempts = [
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{1: 2}),
    lambda: g(*[1, 2, 3]),
    lambda: g(1, **{"a": 3}),
    lambda: g(*None),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)
