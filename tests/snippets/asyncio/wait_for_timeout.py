# wait_for timeouts, cancellation, shield, asyncio.wait with FIRST_COMPLETED.
import asyncio
async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow was cancelled')
        raise
async def quick(v):
    await asyncio.sleep(0.01)
    return v
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e).__name__)
    print(await asyncio.wait_for(quick('in time'), timeout=5))
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled:', t.cancelled())
    tasks = [asyncio.create_task(quick(1)), asyncio.create_task(asyncio.sleep(5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending: p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print(await asyncio.shield(quick('shielded')))
asyncio.run(main())
