# A task that is collected while still pending reports "Task was destroyed but it is pending!".
import asyncio
import gc

loop = asyncio.new_event_loop()
def handler(loop, context):
    print("handler:", context["message"], type(context.get("task")).__name__)
loop.set_exception_handler(handler)

async def forever():
    await asyncio.Event().wait()

t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
print(t.done())
del t
loop.close()
gc.collect()
quiet = loop
print("end")
