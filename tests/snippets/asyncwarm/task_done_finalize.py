# What a task's finalizer reports once the task is garbage: nothing for a task that finished (result, cancelled, or
# an exception that was retrieved), "Task exception was never retrieved" for one whose exception nobody asked for,
# and a subclass's own __del__ still runs for a finished task. Weak references to finished tasks still die with them
# (asyncio's set of all tasks forgets them, and a callback runs).
import asyncio
import gc
import weakref


class Noisy(asyncio.Task):
    def __del__(self):
        print('Noisy.__del__', self.get_name(), self.done())
        super().__del__()


async def ok(n):
    await asyncio.sleep(0)
    return n


async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def forever():
    await asyncio.sleep(3600)


def handler(loop, context):
    print('handler:', context['message'], repr(context.get('exception')))


def settle():
    # One more turn of the loop first: Krait holds the last task run until the next one.
    loop.run_until_complete(asyncio.sleep(0))
    gc.collect()


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
died = []

t = loop.create_task(ok(1), name='ok1')
print('result', loop.run_until_complete(t))
r = weakref.ref(t, lambda ref: died.append(ref))
del t
settle()
print('weakref dead', r() is None, 'callbacks', len(died))
print('ok1 in all_tasks', any(x.get_name() == 'ok1' for x in asyncio.tasks._all_tasks))

t = loop.create_task(boom('retrieved'))
try:
    loop.run_until_complete(t)
except ValueError as e:
    print('caught', e)
del t
settle()
print('after retrieved')

t = loop.create_task(boom('lost'))
loop.run_until_complete(asyncio.sleep(0))
loop.run_until_complete(asyncio.sleep(0))
print('lost done', t.done())
del t
settle()
print('after lost')

t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
t.cancel()
try:
    loop.run_until_complete(t)
except asyncio.CancelledError:
    print('cancelled', t.cancelled())
del t
settle()
print('after cancelled')

t = Noisy(ok(7), loop=loop, name='noisy')
print('noisy result', loop.run_until_complete(t))
del t
settle()
print('after noisy')
loop.close()
print('end')
