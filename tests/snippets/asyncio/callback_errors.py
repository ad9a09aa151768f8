# An exception in a done callback goes to the loop's exception handler; the other callbacks still run.
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__))

def bad(fut):
    raise ValueError("callback failed")

def good(fut):
    print("good callback saw", fut.result())

def handler(loop, context):
    print("handler:", context["message"].replace(HERE, "{DIR}"), repr(context["exception"]))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.add_done_callback(bad)
    f.add_done_callback(good)
    f.set_result("value")
    await asyncio.sleep(0)
    print("main continues")

asyncio.run(main())
