# Task names: Task-N by default, str() of anything else, set_name/get_name.
import asyncio

class Named:
    def __str__(self):
        return "named-object"

async def noop():
    return None

async def main():
    me = asyncio.current_task()
    print(me.get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name=123)
    c = asyncio.create_task(noop(), name=Named())
    print(a.get_name(), repr(b.get_name()), c.get_name())
    a.set_name(("t", 1))
    print(repr(a.get_name()))
    await asyncio.gather(a, b, c)
    print(repr(a).split(" coro=")[0])
    try:
        a.set_name()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
