# _enter_task/_leave_task/_register_task/_unregister_task and the registries they keep.
import asyncio
import _asyncio

class FakeTask:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"<FakeTask {self.name}>"

loop = object()
a, b = FakeTask("a"), FakeTask("b")
_asyncio._enter_task(loop, a)
print(_asyncio._current_tasks[loop])
try:
    _asyncio._enter_task(loop, b)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    _asyncio._leave_task(loop, b)
except RuntimeError as e:
    print("RuntimeError:", e)
_asyncio._leave_task(loop, a)
try:
    _asyncio._leave_task(loop, a)
except RuntimeError as e:
    print("RuntimeError:", e)
print(loop in _asyncio._current_tasks)
_asyncio._enter_task(task=b, loop=loop)
_asyncio._leave_task(loop=loop, task=b)
_asyncio._register_task(a)
print(a in _asyncio._all_tasks, type(_asyncio._all_tasks).__name__)
_asyncio._unregister_task(task=a)
print(a in _asyncio._all_tasks)
for bad in (lambda: _asyncio._enter_task(loop), lambda: _asyncio._register_task(), lambda: _asyncio._leave_task(loop, a, b)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(asyncio.tasks._all_tasks is _asyncio._all_tasks, asyncio.tasks._current_tasks is _asyncio._current_tasks)
