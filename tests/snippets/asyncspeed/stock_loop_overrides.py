# A loop whose call_soon, _call_soon or get_debug is replaced (in a subclass, on the instance, on BaseEventLoop,
# by a new __code__), and a replaced events.Handle: the native Task and Future call what Python would.
import asyncio
import asyncio.base_events as base_events
import asyncio.events as events
import types

async def work(n):
    await asyncio.sleep(0)
    return n * 2

def run(loop, label):
    try:
        print(label, loop.run_until_complete(work(21)))
    finally:
        loop.close()

class Sub(asyncio.SelectorEventLoop):
    def call_soon(self, callback, *args, context=None):
        print("  Sub.call_soon", type(callback).__name__, len(args), context is not None)
        return super().call_soon(callback, *args, context=context)
run(Sub(), "subclass")

loop = asyncio.new_event_loop()
orig = loop.call_soon
def on_instance(callback, *args, context=None):
    print("  instance call_soon", type(callback).__name__)
    return orig(callback, *args, context=context)
loop.call_soon = on_instance
run(loop, "instance")

saved = base_events.BaseEventLoop._call_soon
def patched(self, callback, args, context):
    print("  patched _call_soon", type(callback).__name__, len(args))
    return saved(self, callback, args, context)
base_events.BaseEventLoop._call_soon = patched
run(asyncio.new_event_loop(), "class patch")
base_events.BaseEventLoop._call_soon = saved
run(asyncio.new_event_loop(), "restored")

class MyHandle(events.Handle):
    __slots__ = ()
    def __init__(self, callback, args, loop, context=None):
        print("  MyHandle", type(callback).__name__)
        super().__init__(callback, args, loop, context)
events.Handle = MyHandle
run(asyncio.new_event_loop(), "handle class")
events.Handle = MyHandle.__bases__[0]

fn = base_events.BaseEventLoop._check_closed
orig_code = fn.__code__
base_events._krait_orig_check = types.FunctionType(orig_code, base_events.__dict__)
def check_closed(self):
    print("  new __code__ _check_closed")
    return _krait_orig_check(self)
fn.__code__ = check_closed.__code__
run(asyncio.new_event_loop(), "code patch")
fn.__code__ = orig_code
run(asyncio.new_event_loop(), "code restored")

class Debug(asyncio.SelectorEventLoop):
    def get_debug(self):
        return True
loop = Debug()
fut = loop.create_future()
print("get_debug override", fut._source_traceback is not None)
loop.close()
loop = asyncio.new_event_loop()
print("stock get_debug", loop.create_future()._source_traceback)
loop.close()
