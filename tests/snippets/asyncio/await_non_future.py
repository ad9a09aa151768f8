# `await` of objects that are not awaitable, and __await__ returning the wrong things.
import asyncio

class NoIter:
    def __await__(self):
        return 42

class GoodAwait:
    def __await__(self):
        return (yield from asyncio.sleep(0, result="slept").__await__())

async def main():
    for obj in (1, None, "s", [1], NoIter()):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)
    print(await GoodAwait())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "done")
    print(await f, await f)

asyncio.run(main())
