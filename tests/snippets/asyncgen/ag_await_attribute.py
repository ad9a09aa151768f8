# ag_await: the object the generator is awaiting while one of its steps is suspended
from _drive import step, Suspend


class Named:
    def __await__(self):
        yield "named"
        return "named result"


async def child():
    await Suspend("in child")
    return "child result"


async def agen():
    x = await Named()
    yield x
    y = await child()
    yield y


ag = agen()
print(ag.ag_await)
s = ag.__anext__()
print(step(s), type(ag.ag_await).__name__, ag.ag_running)
print(step(s), ag.ag_await, ag.ag_running)
s = ag.__anext__()
print(step(s), type(ag.ag_await).__name__, ag.ag_await.cr_await is not None)
print(step(s), ag.ag_await)
print(step(ag.__anext__()), ag.ag_await, ag.ag_frame)
