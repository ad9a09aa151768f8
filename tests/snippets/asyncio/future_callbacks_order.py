# Done callbacks run in registration order through loop.call_soon; removing counts every match.
import asyncio

loop = asyncio.new_event_loop()
log = []

def cb(name):
    def f(fut):
        log.append((name, fut.result()))
    f.__name__ = name
    return f

a, b, c = cb("a"), cb("b"), cb("c")
fut = loop.create_future()
for x in (a, b, a, c, a):
    fut.add_done_callback(x)
print(len(fut._callbacks), [t[0].__name__ for t in fut._callbacks])
print("removed a:", fut.remove_done_callback(a))
print("removed zzz:", fut.remove_done_callback(print))
print([t[0].__name__ for t in fut._callbacks])
fut.set_result(7)
print("before loop runs:", log, fut._callbacks)
loop.run_until_complete(asyncio.sleep(0))
print("after:", log)
fut.add_done_callback(cb("late"))
print("late not yet:", log[-1])
loop.run_until_complete(asyncio.sleep(0))
print("late ran:", log[-1])
empty = loop.create_future()
print(empty._callbacks, empty.remove_done_callback(a))
empty.add_done_callback(a)
print(empty.remove_done_callback(a), empty._callbacks)
loop.close()
