# Reprs come from asyncio.base_futures / base_tasks, as the C classes do.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(repr(f))
def on_done(fut):
    pass
f.add_done_callback(on_done)
print(repr(f).replace(hex(id(on_done)), "ADDR").split(" at ")[0])
f.set_result("x" * 100)
print(repr(f))
g = loop.create_future()
g.set_exception(ValueError("bad"))
g.exception()
print(repr(g))
h = loop.create_future()
h.cancel()
print(repr(h), str(h))

class MyFuture(asyncio.Future):
    pass

print(repr(MyFuture(loop=loop)))

async def coro():
    await asyncio.sleep(0)

t = loop.create_task(coro(), name="worker")
print(repr(t).split(" coro=")[0])
loop.run_until_complete(t)
print(repr(t).split(" coro=")[0], "result=None" in repr(t))
loop.close()
