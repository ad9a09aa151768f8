# The traceback of an exception raised in a task holds only the coroutines' frames, plus where result() re-raises it.
import asyncio
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))

async def inner():
    await asyncio.sleep(0)
    raise KeyError("deep")

async def middle():
    await inner()

async def main():
    t = asyncio.create_task(middle())
    await asyncio.wait([t])
    for attempt in range(2):
        try:
            t.result()
        except KeyError as e:
            print([f.name for f in traceback.extract_tb(e.__traceback__)])
    try:
        await t
    except KeyError as e:
        print([f.name for f in traceback.extract_tb(e.__traceback__)])
    try:
        await asyncio.gather(middle())
    except KeyError:
        print(traceback.format_exc(limit=None).replace(HERE, "{DIR}"), end="")

asyncio.run(main())
