# asyncio.Queue with producers and consumers; Event, Lock, Semaphore.
import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)
async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * 10)
        q.task_done()
    q.task_done()
async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 6), consumer(q, out))
    await q.join()
    print(out, q.empty(), q.qsize())
    ev = asyncio.Event()
    async def waiter(tag):
        await ev.wait()
        return tag
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*ws))
    lock = asyncio.Lock()
    log = []
    async def crit(i):
        async with lock:
            log.append(('in', i)); await asyncio.sleep(0); log.append(('out', i))
    await asyncio.gather(*(crit(i) for i in range(3)))
    print(log)
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            return sem.locked()
    print(await asyncio.gather(*(limited(i) for i in range(3))))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
asyncio.run(main())
