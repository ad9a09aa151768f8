import types, sys
m = types.ModuleType("mymod", "the doc")
print(repr(m), m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__)
print(sorted(m.__dict__), sorted(dir(m)))
m.x = 1
print(m.x, "x" in dir(m))
try:
    m.missing
except AttributeError as ex:
    print("AttributeError:", ex)
m.__getattr__ = lambda name: "dyn:" + name
print(m.missing)
m.__dir__ = lambda: ["custom"]
print(dir(m))
try:
    types.ModuleType()
except TypeError as ex:
    print("TypeError:", ex)
try:
    types.ModuleType(1)
except TypeError as ex:
    print("TypeError:", ex)
n = types.ModuleType("n")
n.__file__ = "/tmp/n.py"
print(repr(n))
del n.__name__
print(repr(n))
try:
    n.__name__
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    n.zzz
except AttributeError as ex:
    print("AttributeError:", ex)
print(repr(sys), type(sys).__name__, type(sys) is types.ModuleType)
o = types.ModuleType("o")
o.__loader__ = "LOADER"
print(repr(o))
print(o.__annotations__, "__annotations__" in o.__dict__)
class Sub(types.ModuleType):
    def __repr__(self):
        return "<sub>"
print(repr(Sub("s")), Sub("s").__name__)
try:
    types.ModuleType("a", "b", "c")
except TypeError as ex:
    print("TypeError:", ex)
print(types.ModuleType(name="kw", doc="d").__doc__)
