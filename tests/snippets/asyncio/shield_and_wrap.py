# shield(), wrap_future() and wait_for() on top of the native Future and Task.
import asyncio
import concurrent.futures

async def slow():
    await asyncio.sleep(0.01)
    return "slow done"

async def main():
    inner = asyncio.create_task(slow())
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner running:", not inner.done())
    print(await inner)
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    print(type(wrapped).__name__, asyncio.isfuture(wrapped))
    cf.set_result(99)
    print(await wrapped)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    done, pending = await asyncio.wait([asyncio.create_task(slow())], timeout=1)
    print(len(done), len(pending), [t.result() for t in done])

asyncio.run(main())
