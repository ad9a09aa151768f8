# an async generator that yields while being closed
from _aio import run

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2

ag = stubborn()
print(run(ag.__anext__()))
try:
    run(ag.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print("finished after the ignored close")

async def polite():
    try:
        yield 1
    except GeneratorExit:
        print("cleaning up")
        raise

p = polite()
run(p.__anext__())
print(run(p.aclose()))
print(run(p.aclose()))
