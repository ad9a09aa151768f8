e = ImportError("msg", name="n", path="/p")
print(e.msg, e.name, e.path, e.args, str(e), repr(e))
e = ImportError()
print(e.msg, e.name, e.path, repr(str(e)), repr(e))
e = ImportError("a", "b")
print(e.msg, str(e), e.args)
e = ImportError(5)
print(repr(e.msg), str(e))
try:
    ImportError("x", bad=1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    ModuleNotFoundError("x", other=1)
except TypeError as ex:
    print("TypeError:", ex)
e = ModuleNotFoundError("No module named 'zz'", name="zz")
print(e.name, str(e), repr(e))
try:
    import zz_nonexistent_mod
except ModuleNotFoundError as ex:
    print(ex.name, ex.path, ex.msg, str(ex))
try:
    from sys import no_such_name
except ImportError as ex:
    print(type(ex).__name__, ex.name, ex.msg)
e = ImportError("m")
e.msg = "changed"
e.name = "nm"
print(str(e), e.args, e.name)
