# Tasks wake in the order of their sleep deadlines; call_soon/call_later ordering.
import asyncio
order = []
async def sleeper(name, d):
    await asyncio.sleep(d)
    order.append(name)
async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(sleeper('c', 0.06), sleeper('a', 0.02), sleeper('b', 0.04), sleeper('z', 0))
    print(order)
    seen = []
    loop.call_soon(seen.append, 1)
    loop.call_later(0.03, seen.append, 3)
    loop.call_later(0.01, seen.append, 2)
    h = loop.call_later(0.02, seen.append, 'cancelled')
    h.cancel()
    loop.call_soon(seen.append, 1.5)
    await asyncio.sleep(0.08)
    print(seen, h.cancelled())
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'future result')
    print(await fut)
asyncio.run(main())
