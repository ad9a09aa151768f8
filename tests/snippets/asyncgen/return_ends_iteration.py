# a bare return (or falling off the end) ends an async generator with StopAsyncIteration
from _drive import run


async def stop_early(n):
    for i in range(10):
        if i == n:
            return
        yield i


ag = stop_early(2)
print(run(ag.__anext__()), run(ag.__anext__()))
for attempt in range(3):
    try:
        run(ag.__anext__())
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e), e.__context__)
print(ag.ag_frame)
try:
    run(ag.asend("x"))
except StopAsyncIteration:
    print("asend after the end: StopAsyncIteration")
print(run(ag.aclose()))
print(run(ag.athrow(ValueError)))
