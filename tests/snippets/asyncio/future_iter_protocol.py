# The iterator behind `await future`: yields the future once, then returns its result.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
it = f.__await__()
print(type(it).__name__, iter(it) is it, sorted(n for n in dir(it) if not n.startswith("__")))
print(f._asyncio_future_blocking, next(it) is f, f._asyncio_future_blocking)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
f.set_result(42)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    it.send(None)
except SystemError as e:
    print("spent:", e)
g = loop.create_future()
it2 = iter(g)
print(it2.send("ignored") is g)
for args in [(), (ValueError,), (ValueError("x"),), (ValueError, "arg"), (1,), (ValueError, None, 5), (ValueError(), 1), (1, 2, 3, 4)]:
    try:
        it2.throw(*args)
    except Exception as e:
        print("throw", args, "->", type(e).__name__, e)
it3 = iter(g)
print(it3.close())
try:
    next(it3)
except StopIteration as e:
    print("closed iterator is exhausted", e.value)
h = loop.create_future()
h.set_exception(ZeroDivisionError("z"))
try:
    next(iter(h))
except ZeroDivisionError as e:
    print("raised", repr(e))
loop.close()
