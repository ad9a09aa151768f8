# asyncio.all_tasks() and current_task() see the native tasks.
import asyncio

async def child(ev):
    await ev.wait()
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    ev = asyncio.Event()
    kids = [asyncio.create_task(child(ev), name=f"kid{i}") for i in range(3)]
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    ev.set()
    print(await asyncio.gather(*kids))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(asyncio.current_task(loop) is me, asyncio.tasks._current_tasks.get(loop) is me)

asyncio.run(main())
print(asyncio.current_task.__module__)
