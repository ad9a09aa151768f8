def one(x):
    pass
def two(x, y):
    pass
def three(x, y, z):
    pass
def opt(x, y=1):
    pass
def kwo(x, *, k):
    pass
def kwo2(*, a, b):
    pass
def none():
    pass

calls = [
    ("one()", lambda: one()),
    ("two()", lambda: two()),
    ("three()", lambda: three()),
    ("three(1)", lambda: three(1)),
    ("one(1, 2)", lambda: one(1, 2)),
    ("none(1)", lambda: none(1)),
    ("opt(1, 2, 3)", lambda: opt(1, 2, 3)),
    ("opt()", lambda: opt()),
    ("kwo(1)", lambda: kwo(1)),
    ("kwo2()", lambda: kwo2()),
    ("kwo(1, 2)", lambda: kwo(1, 2)),
    ("kwo(1, 2, k=3)", lambda: kwo(1, 2, k=3)),
    ("one(y=1)", lambda: one(y=1)),
    ("one(1, x=2)", lambda: one(1, x=2)),
    ("two(1, x=2)", lambda: two(1, x=2)),
    ("none(a=1)", lambda: none(a=1)),
    ("one(**{'x': 1, 'z': 2})", lambda: one(**{"x": 1, "z": 2})),
]
for text, call in calls:
    try:
        call()
        print(text, "ok")
    except TypeError as e:
        print(text, "->", e)
