# StopIteration and StopAsyncIteration escaping an async generator body become RuntimeError
from _aio import run

async def raises_stop_iteration():
    yield 1
    raise StopIteration("x")

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("y")

for make in (raises_stop_iteration, raises_stop_async):
    ag = make()
    print(run(ag.__anext__()))
    try:
        run(ag.__anext__())
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
