# The Handle a native Task or Future schedules on the stock loop: its fields, and loop._ready as Python sees it.
import asyncio
import contextvars
import re

var = contextvars.ContextVar("var", default="unset")
loop = asyncio.new_event_loop()

async def coro():
    return var.get()

def show(h):
    cb = h._callback
    name = type(cb).__name__ if not hasattr(cb, "__name__") else cb.__name__
    print(type(h).__name__, name, type(h._args).__name__, len(h._args), h._cancelled, h._repr, h._source_traceback,
          h._loop is loop, type(h._context).__name__, h._context.get(var))

var.set("task")
t = loop.create_task(coro())
show(loop._ready[-1])
print("repr", re.sub(r"0x[0-9a-f]+", "ADDR", repr(loop._ready[-1])))
fut = loop.create_future()
fut.add_done_callback(lambda f: print("done callback", f.result()), context=contextvars.copy_context())
var.set("later")
fut.set_result(42)
show(loop._ready[-1])
print(loop._ready[-1]._args[0] is fut)
print(loop.run_until_complete(t))
print("ready after", len(loop._ready))

# The same in debug mode: the Python call_soon keeps a source traceback.
loop.set_debug(True)
t2 = loop.create_task(coro())
h = loop._ready[-1]
print("debug", type(h._source_traceback).__name__, t2._source_traceback is not None)
loop.set_debug(False)
print(loop.run_until_complete(t2))

# A future's callbacks on a closed loop: call_soon raises.
f2 = loop.create_future()
f2.add_done_callback(print)
loop.close()
try:
    f2.set_result(1)
except RuntimeError as e:
    print("closed:", e, f2.done())
c = coro()
try:
    loop.create_task(c)
except RuntimeError as e:
    print("closed:", e)
c.close()
