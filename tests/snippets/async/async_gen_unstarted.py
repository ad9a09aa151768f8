# athrow/aclose on an async generator that never started
from _aio import run

async def agen():
    print("body started")
    yield 1

a = agen()
print(run(a.aclose()))
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("closed before start: exhausted")

b = agen()
try:
    run(b.athrow(ValueError("early")))
except ValueError as e:
    print("athrow before start raised:", e)
try:
    run(b.__anext__())
except StopAsyncIteration:
    print("exhausted after athrow")
print(b.ag_frame, b.ag_running)
