# A CancelledError escaping asyncio.run prints its traceback.
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("shutting down")
    await t

asyncio.run(main())
