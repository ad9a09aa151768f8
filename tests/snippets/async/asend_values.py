# asend() returns an awaitable; awaiting it resumes the async generator with a value
async def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value

def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("should not suspend")

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
