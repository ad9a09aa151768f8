# asyncio tasks each run in a copy of the context current when they were created.
import asyncio
from contextvars import ContextVar

req = ContextVar('req', default=None)
async def handler(n):
    req.set(n)
    await asyncio.sleep(0)
    return (n, req.get())
async def main():
    req.set('outer')
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, req.get())
    t = asyncio.get_running_loop().create_task(handler('t'))
    print(await t, req.get())
asyncio.run(main())
