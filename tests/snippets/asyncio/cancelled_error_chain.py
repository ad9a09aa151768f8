# The CancelledError an awaiter sees is the one the cancelled task's coroutine raised (_make_cancelled_error).
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        e.add_note("raised by inner")
        raise

async def main():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    t.cancel("reason")
    try:
        await t
    except asyncio.CancelledError as e:
        print(e.args, getattr(e, "__notes__", None), type(e.__context__).__name__)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("second time:", e.args, getattr(e, "__notes__", None))

    async def catcher():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise RuntimeError("converted")
    t2 = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__context__).__name__, t2.cancelled())

asyncio.run(main())
