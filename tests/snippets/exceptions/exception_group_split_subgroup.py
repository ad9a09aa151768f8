def show(g, indent=""):
    if g is None:
        print(indent + "None")
        return
    if isinstance(g, BaseExceptionGroup):
        print(indent + type(g).__name__ + repr((g.message,)))
        for e in g.exceptions:
            show(e, indent + "  ")
    else:
        print(indent + repr(g))
v1, v2, t1 = ValueError(1), ValueError(2), TypeError(3)
inner = ExceptionGroup("inner", [v2, t1])
eg = ExceptionGroup("outer", [v1, inner, KeyError("k")])
eg.__notes__ = ["note"]
eg.__cause__ = RuntimeError("cause")
m, r = eg.split(ValueError)
show(m); show(r)
print(m.__notes__, m.__cause__, r.__notes__ is eg.__notes__)
show(eg.subgroup(TypeError))
show(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.subgroup(BaseException) is eg, eg.subgroup(OSError))
m, r = eg.split((ValueError, TypeError))
show(m); show(r)
m, r = eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")
show(m); show(r)
m, r = eg.split(Exception)
print(m is eg, r)
for bad in (1, "ValueError", (ValueError, 1), ValueError()):
    try:
        eg.split(bad)
    except TypeError as ex:
        print("TypeError:", ex)
d = eg.derive([ValueError(9)])
show(d)
print(d.__notes__ if hasattr(d, "__notes__") else "no notes", d.__cause__)
class Custom(ExceptionGroup):
    def derive(self, excs):
        return Custom(self.message + "!", excs)
c = Custom("c", [ValueError(1), TypeError(2)])
m, r = c.split(ValueError)
show(m); show(r)
class NoDerive(ExceptionGroup):
    pass
n = NoDerive("n", [ValueError(1), TypeError(2)])
m, r = n.split(ValueError)
print(type(m).__name__, type(r).__name__)
try:
    eg.subgroup()
except TypeError as ex:
    print("TypeError:", ex)
