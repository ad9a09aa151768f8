# Done callbacks run in the context current at add_done_callback (or the one passed); tasks in a copy of theirs.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")

def report(tag):
    def cb(fut):
        print(tag, var.get(), fut.result())
    return cb

async def child():
    print("child sees", var.get())
    var.set("child-changed")
    return var.get()

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    var.set("first")
    f.add_done_callback(report("cb1"))
    var.set("second")
    f.add_done_callback(report("cb2"))
    ctx = contextvars.copy_context()
    ctx.run(var.set, "explicit")
    f.add_done_callback(report("cb3"), context=ctx)
    f.set_result("r")
    await asyncio.sleep(0)
    var.set("main")
    print("task returned", await asyncio.create_task(child()))
    print("main still", var.get())
    other = contextvars.Context()
    print("task in empty context:", await asyncio.create_task(child(), context=other))
    print("context kept the change:", other[var])

asyncio.run(main())
