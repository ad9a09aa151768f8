# What a Task does with values its coroutine yields that are not futures.
import asyncio
import types

@types.coroutine
def yield_value(v):
    yield v

def plain_gen():
    yield 1

async def bad(v):
    await yield_value(v)

async def main():
    for v in (42, "text", plain_gen()):
        t = asyncio.ensure_future(bad(v))
        try:
            await t
        except RuntimeError as e:
            msg = str(e)
            print("RuntimeError:", msg[:msg.find(" coro=")] if "Task got" not in msg else msg[:40])
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.ensure_future(bad(f))
    loop.call_later(0.01, f.set_result, None)
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" in task")[0])

    async def await_self():
        await asyncio.sleep(0)
        await me
    me = asyncio.ensure_future(await_self())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

asyncio.run(main())
