# run_in_executor and asyncio.to_thread wake the loop from worker threads (self-pipe socketpair).
import asyncio, threading, time
def blocking(n):
    time.sleep(0.01)
    return n + 1, threading.current_thread() is not threading.main_thread()
async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 1))
    print(await asyncio.to_thread(blocking, 10))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(5)))
    print([r[0] for r in results])
    fut = loop.create_future()
    threading.Timer(0.01, lambda: loop.call_soon_threadsafe(fut.set_result, 'from thread')).start()
    print(await fut)
asyncio.run(main())
