# KeyboardInterrupt raised inside a task propagates out of run_until_complete.
import asyncio

async def interrupted():
    await asyncio.sleep(0)
    raise KeyboardInterrupt

loop = asyncio.new_event_loop()
t = loop.create_task(interrupted())
try:
    loop.run_until_complete(t)
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the caller;", t.done(), type(t.exception()).__name__)
loop.close()
