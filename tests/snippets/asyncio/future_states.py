# Future states and the errors of result()/exception()/set_result() in each.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(type(f).__module__, type(f).__name__, f.done(), f.cancelled(), f._state)
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print(meth.__name__, "->", type(e).__name__, e)
f.set_result([1, 2])
print(f.done(), f._state, f.result(), f.exception(), f._result)
for call in (lambda: f.set_result(3), lambda: f.set_exception(ValueError()), lambda: f.cancel()):
    try:
        print(call())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
g = loop.create_future()
g.set_exception(KeyError("k"))
print(g._state, repr(g.exception()), g._log_traceback)
try:
    g.result()
except KeyError as e:
    print("raised", repr(e))
h = loop.create_future()
print(h.cancel(), h.cancel(), h.cancelled(), h.done(), h._state)
for meth in (h.result, h.exception):
    try:
        meth()
    except asyncio.CancelledError as e:
        print(meth.__name__, "->", type(e).__name__, e.args)
loop.close()
