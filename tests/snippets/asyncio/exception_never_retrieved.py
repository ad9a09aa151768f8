# A future whose exception nobody retrieved reports it when it is collected.
import asyncio
import gc

loop = asyncio.new_event_loop()
def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")), type(context.get("future")).__name__)
loop.set_exception_handler(handler)

class Sub(asyncio.Future):
    pass

def make(cls, exc, retrieve):
    f = cls(loop=loop)
    f.set_exception(exc)
    if retrieve:
        f.exception()

for cls, exc, retrieve in [(asyncio.Future, ValueError("lost"), False), (asyncio.Future, ValueError("seen"), True),
                           (Sub, KeyError("sub"), False), (Sub, KeyError, True)]:
    make(cls, exc, retrieve)
    make(asyncio.Future, ValueError("quiet"), True)  # the same code again, so no stale reference can remain
    gc.collect()
    print("collected", cls.__name__, retrieve)
loop.close()
