# asyncio event-loop traffic: tasks that await asyncio.sleep(0) (a bare yield through the Task step), tasks
# that await futures resolved by other tasks (Future/FutureIter/task wake-up), gather and done callbacks.
# size: total sleep(0) awaits (default 100000, quick 10000)
import asyncio
import sys


async def sleeper(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def ping_pong(rounds):
    loop = asyncio.get_running_loop()
    total = 0

    async def pong(fut_in, fut_out):
        v = await fut_in
        fut_out.set_result(v + 1)

    for i in range(rounds):
        a = loop.create_future()
        b = loop.create_future()
        t = asyncio.ensure_future(pong(a, b))
        a.set_result(i)
        total += await b
        await t
    return total


async def callbacks(n):
    loop = asyncio.get_running_loop()
    seen = []
    for i in range(n):
        f = loop.create_future()
        f.add_done_callback(lambda fut: seen.append(fut.result()))
        f.set_result(i)
        await f
    await asyncio.sleep(0)
    return sum(seen)


async def main(n):
    results = await asyncio.gather(*(sleeper(n // 10) for _ in range(10)))
    print("sleeps", sum(results))
    print("ping-pong", await ping_pong(n // 10))
    print("callbacks", await callbacks(n // 10))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
asyncio.run(main(n))
