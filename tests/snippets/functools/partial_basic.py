from functools import partial
def f(*args, **kw):
    return args, sorted(kw.items())
p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9))
print(p.func is f, p.args, p.keywords)
q = partial(p, 6, c=7)
print(q.func is f, q.args, q.keywords, q(8))
p.attr = "x"
r = partial(p, 0)
print(r.func is p, r.args, r())
class P(partial):
    pass
s = P(f, 1)
t = partial(s, 2)
print(type(s).__name__, t.func is f, t.args)
print(partial(int, base=2)("101"), partial(sorted, reverse=True)([2, 3, 1]))
for bad in ["partial()", "partial(1)", "partial(f).__setstate__((1, 2, 3))", "partial(f).__setstate__((f, [1], {}, None))"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
for attr in ["func", "args", "keywords"]:
    try:
        setattr(p, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)
print(sorted(p.__dict__), partial[int], callable(p))
try:
    partial(f, **{"k": 1})(**{"k": 2, "z": 3})
    print(partial(f, k=1)(k=2))
except TypeError as e:
    print(e)
