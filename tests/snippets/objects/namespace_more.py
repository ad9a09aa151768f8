from types import SimpleNamespace
ns = SimpleNamespace(b=2, a=1)
print(ns)
ns.__init__(c=3)
print(ns)
try:
    ns.__init__(1)
except TypeError as e:
    print("TypeError:", e)
print(ns.__dict__ is vars(ns), sorted(ns.__dict__))
class Sub(SimpleNamespace):
    pass
print(Sub(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) == Sub(x=1))
r = ns.__reduce__()
print(r[0].__name__, r[1], r[2])
copy = r[0](*r[1], **r[2])
print(copy == ns, copy is ns)
ns.__dict__.clear()
print(ns)
print(repr(SimpleNamespace(a=[SimpleNamespace()])))
print(SimpleNamespace.__init__ is not object.__init__, SimpleNamespace.__doc__.split("\n")[0])
