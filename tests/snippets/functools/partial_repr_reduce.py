from functools import partial
def func(*a, **k):
    return a, k
p = partial(func, 1, "two", x=[3])
print(repr(p).replace(hex(id(func)), "ADDR"))
print(repr(partial(max, 1, key=abs)), repr(partial(print)))
print(repr(partial(max, **{"a b": 1})))
lst = []
r = partial(max, lst)
lst.append(r)
print(repr(r))
class MyPartial(partial):
    pass
print(repr(MyPartial(max, 2)))
red = partial(max, 1, key=abs).__reduce__()
print(red[0].__name__, red[1], red[2])
p2 = partial(min, 5)
p2.extra = 1
print(p2.__reduce__()[2])
q = partial(print)
q.__setstate__((max, (1, 2), {"key": abs}, {"note": "hi"}))
print(q.func, q.args, q.keywords, q.note, q())
q.__setstate__((min, (3,), None, None))
print(q.keywords, q.__dict__, q(1))
class T(tuple):
    pass
q.__setstate__((min, T((7,)), {}, None))
print(type(q.args).__name__, q.args)
