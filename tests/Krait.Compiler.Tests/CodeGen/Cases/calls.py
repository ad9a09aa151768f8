f()
f(1, 2)
f(a, b=1)
f(*args)
f(*args, **kw)
f(a, *args, b=2, **kw)
f(**kw)
f(a=1, **kw, b=2)
o.m()
o.m(1, x=2)
o.m(*a)
o.a.b.m(
    1,
    2)
import mod
mod.func(1)
print(len(x), sep="")
g(x for x in y)
