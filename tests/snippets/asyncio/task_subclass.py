# A Task subclass is still stepped natively; its overrides are reachable from Python.
import asyncio

class LoggingTask(asyncio.Task):
    created = []

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        LoggingTask.created.append(self.get_name())

    def cancel(self, msg=None):
        print("LoggingTask.cancel", msg)
        return super().cancel(msg)

async def work(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: LoggingTask(coro, loop=loop, **kw))
    results = await asyncio.gather(work(1), work(2))
    print(results, len(LoggingTask.created))
    t = asyncio.ensure_future(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(type(t).__name__, isinstance(t, asyncio.Task))
    t.cancel("bye")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    loop.set_task_factory(None)

asyncio.run(main())
