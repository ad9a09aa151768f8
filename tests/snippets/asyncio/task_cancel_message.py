# Task.cancel(msg): the message reaches the coroutine's CancelledError and the awaiter's.
import asyncio

async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(("inner", e.args))
        raise

async def main():
    log = []
    t = asyncio.ensure_future(sleeper(log))
    await asyncio.sleep(0)
    print("cancel:", t.cancel("first"), t.cancelling(), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer got", e.args)
    print(log, t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)

    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t2 = asyncio.ensure_future(swallow())
    await asyncio.sleep(0)
    t2.cancel("please")
    print(await t2, t2.cancelled(), t2.cancelling(), t2.uncancel(), t2.uncancel())

    t3 = asyncio.ensure_future(asyncio.sleep(0))
    t3.cancel("before start")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("never started:", e.args, t3._must_cancel)

asyncio.run(main())
