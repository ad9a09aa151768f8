# An exception escaping asyncio.run prints the usual traceback.
import asyncio
async def inner():
    await asyncio.sleep(0)
    return 1 / 0
async def main():
    await inner()
asyncio.run(main())
