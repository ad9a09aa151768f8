# asyncio.run, gather, create_task, results and exceptions in gather.
import asyncio
async def work(n, delay):
    await asyncio.sleep(delay)
    return n * n
async def fail():
    await asyncio.sleep(0)
    raise ValueError('boom')
async def main():
    print(await asyncio.gather(work(1, 0.02), work(2, 0.01), work(3, 0)))
    res = await asyncio.gather(work(4, 0), fail(), return_exceptions=True)
    print(res[0], type(res[1]).__name__, res[1])
    try:
        await asyncio.gather(fail(), work(5, 0))
    except ValueError as e:
        print('caught', e)
    t = asyncio.create_task(work(6, 0), name='sixer')
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    return 'main done'
print(asyncio.run(main()))
