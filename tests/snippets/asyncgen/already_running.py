# a second step may not start while one is suspended in an inner await
from _drive import step, Suspend


async def slow():
    await Suspend("inner")
    yield "first"
    await Suspend("inner again")
    yield "second"


ag = slow()
first = ag.__anext__()
print(step(first), ag.ag_running, type(ag.ag_await).__name__)
print("anext:", step(ag.__anext__()))
print("asend:", step(ag.asend(None)))
print("athrow:", step(ag.athrow(ValueError)))
print("aclose:", step(ag.aclose()))
print(step(first), ag.ag_running, ag.ag_await)

# a refused __anext__ awaitable is not used up in 3.11: it can run later
second = ag.__anext__()
print(step(second))
third = ag.__anext__()
print("third:", step(third))
print(step(second))
print("third again:", step(third))
print(ag.ag_running)
