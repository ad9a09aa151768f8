# Python subclasses of Future: overridden methods are called where the C code looks them up, not elsewhere.
import asyncio

log = []

class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None):
        super().__init__(loop=loop)
        self.extra = "extra attribute"

    def result(self):
        log.append("result")
        return super().result()

    def add_done_callback(self, fn, *, context=None):
        log.append("add_done_callback")
        return super().add_done_callback(fn, context=context)

    def cancel(self, msg=None):
        log.append(("cancel", msg))
        return super().cancel(msg=msg)

async def waiter(fut):
    return await fut

async def main():
    loop = asyncio.get_running_loop()
    f = MyFuture(loop=loop)
    print(isinstance(f, asyncio.Future), type(f).__mro__[1].__module__, f.extra)
    t = asyncio.ensure_future(waiter(f))
    await asyncio.sleep(0)
    print("waiting:", log)
    f.set_result(10)
    print("awaited:", await t, log)
    log.clear()
    g = MyFuture(loop=loop)
    t2 = asyncio.ensure_future(waiter(g))
    await asyncio.sleep(0)
    t2.cancel("stop")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, log)
    print(repr(f), f._state)

asyncio.run(main())
