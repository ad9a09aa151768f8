# asend() returns an awaitable; awaiting it resumes the async generator with a value
from _aio import run

async def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value

ag = accumulate()
print(run(ag.asend(None)))
print(run(ag.asend(5)))
print(run(ag.asend(7)))
try:
    run(ag.asend(None))
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print("still exhausted")
