# Tasks and futures with weak references: asyncio's _all_tasks WeakSet, callbacks when they die, weakref lists
# with several refs (basic ref shared, callbacks newest first), and finalizers of pending tasks and futures whose
# exception was never retrieved.
import asyncio
import gc
import sys
import weakref

events = []


async def nop(i):
    return i


async def waiter(fut):
    return await fut


def failed_future(loop):
    bad = loop.create_future()
    bad.set_exception(ValueError("boom"))
    refs = []
    refs.append(weakref.ref(bad))
    return refs[0]


async def main():
    loop = asyncio.get_running_loop()
    # Many short tasks: all finish; none is left in all_tasks().
    total = 0
    for i in range(2000):
        total += await asyncio.ensure_future(nop(i))
    print("total", total)
    gc.collect()
    print("others", len([t for t in asyncio.all_tasks() if t is not asyncio.current_task()]))

    # Weak references to a finished task: callbacks run when it dies, newest first.
    t = asyncio.ensure_future(nop(1))
    await t
    r0 = weakref.ref(t)
    r1 = weakref.ref(t, lambda r: events.append("cb1"))
    r2 = weakref.ref(t, lambda r: events.append("cb2"))
    print(r0 is weakref.ref(t), weakref.getweakrefcount(t) >= 3)
    del t
    gc.collect()
    print(events, [r() is None for r in (r0, r1, r2)], r0().result())

    # A weakref that dies before its referent: no callback.
    f = loop.create_future()
    r = weakref.ref(f, lambda r: events.append("never"))
    del r
    f.set_result(5)
    del f
    gc.collect()
    print(events)

    # A weakly referenced future survives while referenced.
    keep = loop.create_future()
    rk = weakref.ref(keep)
    gc.collect()
    print(rk() is keep)

    # A WeakSet of futures: the dead ones leave it.
    ws = weakref.WeakSet()
    held = []
    for i in range(300):
        fut = loop.create_future()
        ws.add(fut)
        if i % 3 == 0:
            held.append(fut)
    del fut
    gc.collect()
    print("weakset", len(ws), len(held))

    # A pending task that dies with its future: "Task was destroyed but it is pending!".
    lost = loop.create_future()
    task = asyncio.ensure_future(waiter(lost))
    await asyncio.sleep(0)
    rt = weakref.ref(task, lambda r: events.append("task died"))
    del task, lost
    gc.collect()
    print(events[-1:], rt())

    # A future whose exception was never retrieved.
    rb = failed_future(loop)
    gc.collect()
    print(rb())


def handler(loop, ctx):
    print("handler:", ctx["message"], type(ctx.get("exception")).__name__)


async def run():
    asyncio.get_running_loop().set_exception_handler(handler)
    await main()


asyncio.run(run())
print(sorted(set(events)))
