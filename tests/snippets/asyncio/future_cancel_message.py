# cancel(msg) keeps the message and puts it in the CancelledError raised by result()/exception()/await.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(f._cancel_message)
print(f.cancel(msg="stop now"), f._cancel_message)
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.CancelledError as e:
        print(meth.__name__, e.args)
f._cancel_message = "changed"
try:
    f.result()
except asyncio.CancelledError as e:
    print("after change", e.args)
try:
    del f._cancel_message
except AttributeError as e:
    print("AttributeError", e)

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("awaiter got", e.args)
        raise

g = loop.create_future()
t = loop.create_task(waiter(g))
loop.call_soon(g.cancel, "from call_soon")
try:
    loop.run_until_complete(t)
except asyncio.CancelledError as e:
    print("task", t.cancelled(), e.args)
e1 = g._make_cancelled_error()
print(type(e1).__name__, e1.args)
loop.close()
