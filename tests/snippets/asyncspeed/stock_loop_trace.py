# With a profile or trace function set, the Python frames of call_soon are seen, as in CPython.
import asyncio
import sys

calls = []
def prof(frame, event, arg):
    if event == "call" and frame.f_code.co_name in ("call_soon", "_call_soon", "_check_closed", "__init__", "get_debug"):
        calls.append(frame.f_code.co_qualname)

async def work():
    await asyncio.sleep(0)
    return "done"

loop = asyncio.new_event_loop()
fut = loop.create_future()
sys.setprofile(prof)
t = loop.create_task(work())
fut.add_done_callback(lambda f: None)
fut.set_result(1)
sys.setprofile(None)
print(calls)
calls.clear()
sys.settrace(prof)
print(loop.run_until_complete(t))
sys.settrace(None)
print(sorted(set(calls)))
loop.close()
