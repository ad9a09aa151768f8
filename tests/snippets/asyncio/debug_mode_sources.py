# In debug mode futures and tasks remember where they were created (traceback.extract_stack).
import asyncio

async def child():
    await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(child())
    for obj in (f, t):
        tb = obj._source_traceback
        print(type(obj).__name__, tb[-1].name, tb[-1].lineno, tb[-1].line)
    print(repr(f).split(" created at ")[1].replace(__file__, "FILE"))
    await t
    g = asyncio.Future()
    print(g._source_traceback[-1].lineno, g.get_loop() is loop)

asyncio.run(main(), debug=True)
plain = asyncio.new_event_loop()
print(plain.create_future()._source_traceback)
plain.close()
