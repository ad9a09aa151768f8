def raiser():
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from RuntimeError("cause")
try:
    raiser()
except ExceptionGroup as eg:
    g = eg
m, r = g.split(ValueError)
print(m.__cause__, r.__cause__, repr(m.__context__), m.__traceback__ is g.__traceback__, m.__suppress_context__)
print(m.exceptions[0] is g.exceptions[0])
print(g.subgroup(lambda e: True) is g, g.split(lambda e: False)[0])
class Counted(ExceptionGroup):
    calls = 0
    def derive(self, excs):
        Counted.calls += 1
        return ExceptionGroup("derived-" + self.message, excs)
c = Counted("c", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
m, r = c.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message, Counted.calls)
print(repr(m), repr(r))
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("m", iter([ValueError()]))
except TypeError as e:
    print("TypeError:", e)
print(ExceptionGroup("m", range(0, 0)) if False else "")
eg2 = ExceptionGroup("m", [ValueError(1)])
print(eg2.exceptions is eg2.exceptions, type(eg2.exceptions).__name__)
try:
    eg2.exceptions = ()
except AttributeError as e:
    print("AttributeError:", e)
try:
    eg2.message = "x"
except AttributeError as e:
    print("AttributeError:", e)
