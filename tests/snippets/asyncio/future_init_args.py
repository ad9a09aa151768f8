# Future(*, loop=None) and Task(coro, *, loop=None, name=None, context=None) argument errors.
import asyncio

loop = asyncio.new_event_loop()
calls = [
    lambda: asyncio.Future(1),
    lambda: asyncio.Future(loop=loop, foo=1),
    lambda: asyncio.Future(1, loop=loop, foo=2),
    lambda: asyncio.Task(),
    lambda: asyncio.Task(1, 2),
    lambda: asyncio.Task(coro=1, loop=loop),
    lambda: asyncio.Task(None, loop=loop),
    lambda: asyncio.Task(loop=loop),
    lambda: asyncio.Task(lambda: 1, loop=loop, bad=1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
f = asyncio.Future(loop=loop)
for bad in (lambda: f.result(1), lambda: f.cancel(1, 2), lambda: f.cancel(message=1), lambda: f.add_done_callback(),
            lambda: f.add_done_callback(print, print), lambda: f.add_done_callback(print, ctx=1), lambda: f.done(1),
            lambda: f.set_result(), lambda: f.remove_done_callback()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
loop.close()
