# Task.get_stack()/print_stack() go through asyncio.base_tasks.
import asyncio
import io

async def leaf(ev):
    await ev.wait()

async def failing():
    await asyncio.sleep(0)
    raise ValueError("in task")

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(leaf(ev), name="leafy")
    await asyncio.sleep(0)
    frames = t.get_stack()
    print([(f.f_code.co_name, f.f_lineno) for f in frames], t.get_stack(limit=1)[0].f_code.co_name)
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, "FILE"))
    ev.set()
    await t
    print(t.get_stack())
    f = asyncio.create_task(failing())
    try:
        await f
    except ValueError:
        pass
    print([fr.f_code.co_name for fr in f.get_stack()])
    buf = io.StringIO()
    f.print_stack(limit=5, file=buf)
    print(buf.getvalue().replace(__file__, "FILE"))
    try:
        t.get_stack(1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
