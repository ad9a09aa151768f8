# The per-thread running loop: get_running_loop, _get_running_loop, _set_running_loop, get_event_loop.
import asyncio
import threading
import _asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio._get_running_loop(), _asyncio._get_running_loop())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, _asyncio.get_event_loop() is loop, _asyncio._get_event_loop() is loop)
marker = object()
_asyncio._set_running_loop(marker)
print(_asyncio.get_running_loop() is marker, asyncio.get_event_loop() is marker)

seen = []
def other_thread():
    seen.append(_asyncio._get_running_loop())
th = threading.Thread(target=other_thread)
th.start()
th.join()
print("other thread sees", seen)
_asyncio._set_running_loop(None)
print(_asyncio._get_running_loop())

async def inside():
    return asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop

print(loop.run_until_complete(inside()))
for bad in (lambda: _asyncio._set_running_loop(), lambda: _asyncio.get_running_loop(1),
            lambda: _asyncio._get_event_loop(stacklevel="x"), lambda: _asyncio._get_event_loop(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
asyncio.set_event_loop(None)
loop.close()
