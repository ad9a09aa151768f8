# asend/athrow while a previous one is still pending: "already running"
class Pause:
    def __await__(self):
        yield "paused"

async def slow():
    await Pause()
    yield 1

ag = slow()
first = ag.__anext__()
print(first.send(None))
print("ag_running:", ag.ag_running, type(ag.ag_await).__name__)
second = ag.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    first.send(None)
except StopIteration as e:
    print("first finished with", e.value)
print("ag_running:", ag.ag_running)
