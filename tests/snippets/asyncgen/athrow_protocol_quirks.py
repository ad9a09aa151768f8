# corner cases of the athrow()/aclose() awaitables in 3.11
from _drive import step, Suspend


async def agen():
    try:
        yield 1
        await Suspend("in body")
        yield 2
    finally:
        print("finally")


ag = agen()
print(step(ag.__anext__()))
t = ag.athrow(ValueError)
print("non-None first send:", step(t, "x"))
print("then None:", step(t))
print(ag.ag_frame)

# athrow() checks its arguments only when first awaited, after marking the generator running


async def plain():
    yield 1
    yield 2


ag2 = plain()
print(step(ag2.__anext__()))
print(step(ag2.athrow()))
print("running:", ag2.ag_running)
print(step(ag2.__anext__()))
print(step(ag2.athrow(1, 2, 3, 4)))
print("still running:", ag2.ag_running)
