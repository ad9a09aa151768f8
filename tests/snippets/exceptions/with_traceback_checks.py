import sys
def f():
    raise ValueError("inner")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
e2 = RuntimeError("x")
print(e2.__traceback__)
r = e2.with_traceback(tb)
print(r is e2, e2.__traceback__ is tb)
print(e2.with_traceback(None).__traceback__)
for bad in (1, "tb", []):
    try:
        e2.with_traceback(bad)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    e2.__traceback__ = 3
except TypeError as ex:
    print("TypeError:", ex)
try:
    del e2.__traceback__
except TypeError as ex:
    print("TypeError:", ex)
try:
    e2.with_traceback()
except TypeError as ex:
    print("TypeError:", ex)
try:
    e2.with_traceback(tb, tb)
except TypeError as ex:
    print("TypeError:", ex)
try:
    raise e2.with_traceback(tb)
except RuntimeError as e3:
    t = e3.__traceback__
    n = 0
    while t:
        n += 1
        t = t.tb_next
    print("frames", n)
