# A task waits for any object that advertises _asyncio_future_blocking (duck-typed futures).
import asyncio

class DuckFuture:
    def __init__(self, loop):
        self._loop = loop
        self._asyncio_future_blocking = False
        self._callbacks = []
        self._done = False
        self._result = None
        self.log = []

    def get_loop(self):
        self.log.append("get_loop")
        return self._loop

    def add_done_callback(self, fn, *, context=None):
        self.log.append(("add_done_callback", type(fn).__name__, type(context).__name__))
        self._callbacks.append((fn, context))

    def result(self):
        self.log.append("result")
        return self._result

    def done(self):
        return self._done

    def cancel(self, msg=None):
        self.log.append(("cancel", msg))
        return False

    def __await__(self):
        if not self._done:
            self._asyncio_future_blocking = True
            yield self
        return self.result()

    def finish(self, value):
        self._done = True
        self._result = value
        for fn, ctx in self._callbacks:
            self._loop.call_soon(fn, self, context=ctx)

async def main():
    loop = asyncio.get_running_loop()
    duck = DuckFuture(loop)

    async def waiter():
        return await duck

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(t._fut_waiter is duck, duck._asyncio_future_blocking, duck.log)
    t.cancel("nope")
    print("must_cancel:", t._must_cancel, duck.log[-1])
    duck.finish("quack")
    try:
        print(await t)
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    print(duck.log)

asyncio.run(main())
