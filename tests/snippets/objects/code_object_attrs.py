def f(a, b=1, *args, c, **kw):
    x = a + b
    def inner():
        return x
    return inner
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names, co.co_filename.endswith("code_object_attrs.py"))
print(co.co_firstlineno, type(co.co_code).__name__, type(co.co_lnotab).__name__, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_stacksize > 0)
lines = list(co.co_lines())
print(type(lines[0]).__name__, len(lines[0]), sorted({l for _, _, l in lines if l is not None}))
pos = list(co.co_positions())
print(len(pos) == len(co.co_code) // 2, all(len(p) == 4 for p in pos))
c2 = co.replace(co_name="renamed")
print(c2.co_name, c2 is co, c2.co_varnames == co.co_varnames, co.co_name)
c3 = co.replace()
print(c3 == co, hash(c3) == hash(co))
try:
    co.replace(co_bogus=1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    co.replace(co_name=5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    co.replace(1)
except TypeError as ex:
    print("TypeError:", ex)
g = lambda: 42
g2 = type(g)(g.__code__.replace(co_name="h"), {})
print(g2(), g2.__name__)
print(repr(co).startswith("<code object f at 0x"), '", line 1>' in repr(co))
try:
    co.co_name = "x"
except AttributeError as ex:
    print("AttributeError:", ex)
print(co._varname_from_oparg(0), co._varname_from_oparg(1))
