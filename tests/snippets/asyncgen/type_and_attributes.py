# the async_generator type and its attributes
from _drive import run


async def agen(x):
    yield x
    yield x + 1


ag = agen(10)
print(type(ag).__name__, type(ag.__anext__()).__name__, type(ag.asend(None)).__name__)
print(type(ag.athrow(ValueError)).__name__, type(ag.aclose()).__name__)
print(ag.__name__, ag.__qualname__)
print(ag.ag_running, ag.ag_await, ag.ag_code is agen.__code__, ag.ag_frame.f_code.co_name)
print(ag.__aiter__() is ag)
print(hasattr(ag, "__next__"), hasattr(ag, "send"), hasattr(ag, "ag_suspended"))
print(sorted(n for n in dir(ag) if not n.startswith("__") or n in ("__aiter__", "__anext__")))
print(run(ag.__anext__()), run(ag.__anext__()))
try:
    run(ag.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
print(ag.ag_frame, ag.ag_running)
try:
    type(ag)()
except TypeError as e:
    print("TypeError:", e)
print(repr(ag).startswith("<async_generator object agen at 0x"))


class K:
    async def meth(self):
        yield 1


print(K().meth().__qualname__)
