# _enter_task and _leave_task hash the loop once each (a loop class with its own __hash__ sees every call), and
# the errors when another task is current or the current task doesn't match.
import asyncio

class Loop(asyncio.SelectorEventLoop):
    hashes = 0
    def __hash__(self):
        Loop.hashes += 1
        return 12345

async def steps(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return asyncio.current_task() is not None

loop = Loop()
t = loop.create_task(steps(3))
before = Loop.hashes
print(loop.run_until_complete(t), "hashes per task:", Loop.hashes - before)
before = Loop.hashes
asyncio._enter_task(loop, t)
print("enter", Loop.hashes - before, asyncio.tasks._current_tasks[loop] is t)
try:
    asyncio._enter_task(loop, t)
except RuntimeError as e:
    print(str(e).split(" task ")[0])
try:
    asyncio._leave_task(loop, None)
except RuntimeError as e:
    print(str(e).split(" task ")[0])
before = Loop.hashes
asyncio._leave_task(loop, t)
print("leave", Loop.hashes - before, loop in asyncio.tasks._current_tasks)
try:
    asyncio._leave_task(loop, t)
except RuntimeError as e:
    print(str(e).split(" task ")[0], str(e).endswith("current task None."))
loop.close()
