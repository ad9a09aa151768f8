e = AttributeError("m")
print(e.name, e.obj, e.args)
e = AttributeError("m", name="x", obj=5)
print(e.name, e.obj, e.args, str(e), repr(e))
try:
    AttributeError("m", nope=1)
except TypeError as ex:
    print("TypeError:", ex)
n = NameError("n", name="v")
print(n.name, n.args, hasattr(n, "obj"))
try:
    NameError("m", obj=1)
except TypeError as ex:
    print("TypeError:", ex)
class C:
    pass
c = C()
try:
    c.missing
except AttributeError as ex:
    print(ex.name, ex.obj is c, ex)
try:
    undefined_thing
except NameError as ex:
    print(ex.name, ex)
def f():
    print(local_v)
    local_v = 1
try:
    f()
except UnboundLocalError as ex:
    print(type(ex).__name__, ex.name, ex)
try:
    (1).real = 2
except AttributeError as ex:
    print(ex.name, ex.obj, ex)
e = AttributeError()
e.name = "set"
e.obj = [1]
print(e.name, e.obj)
