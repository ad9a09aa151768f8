import sys, types
def inner():
    raise ValueError("x")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, type(tb.tb_lasti).__name__)
n = tb.tb_next
print(n.tb_frame.f_code.co_name, n.tb_next.tb_frame.f_code.co_name, n.tb_next.tb_next)
tb.tb_next = None
print(tb.tb_next)
for bad in (1, "x"):
    try:
        tb.tb_next = bad
    except TypeError as ex:
        print("TypeError:", ex)
try:
    tb.tb_next = tb
except ValueError as ex:
    print("ValueError:", ex)
try:
    del tb.tb_next
except TypeError as ex:
    print("TypeError:", ex)
f = sys._getframe()
t2 = types.TracebackType(None, f, 0, 7)
print(t2.tb_lineno, t2.tb_lasti, t2.tb_frame is f, t2.tb_next)
for args in ((None, None, 0, 1), (1, f, 0, 1), (None, f, "a", 1)):
    try:
        types.TracebackType(*args)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    tb.tb_lineno = 5
except AttributeError as ex:
    print("AttributeError:", ex)
print(sorted(d for d in dir(tb) if not d.startswith("__")))
fr = sys._getframe()
print(type(fr).__name__, fr.f_code.co_name, fr.f_back, fr.f_globals is globals(), fr.f_locals is globals(), type(fr.f_lineno).__name__)
def g():
    loc = 1
    return sys._getframe()
gf = g()
print(gf.f_locals, gf.f_code.co_name, gf.f_builtins is fr.f_builtins)
print(sorted(d for d in dir(fr) if not d.startswith("__")))
print(gf.f_trace, gf.f_trace_lines, gf.f_trace_opcodes)
