# aclose() on unstarted, suspended, finished and already closed async generators
from _drive import run


async def agen(tag):
    try:
        yield tag
        yield tag * 2
    finally:
        print("cleanup", tag)


never = agen("n")
print("unstarted:", run(never.aclose()), never.ag_frame)
try:
    run(never.__anext__())
except StopAsyncIteration:
    print("unstarted then closed: StopAsyncIteration")

mid = agen("m")
print(run(mid.__anext__()))
print("suspended:", run(mid.aclose()))
print("again:", run(mid.aclose()))
try:
    run(mid.asend(None))
except StopAsyncIteration:
    print("asend after aclose: StopAsyncIteration")

done = agen("d")
print(run(done.__anext__()), run(done.__anext__()))
try:
    run(done.__anext__())
except StopAsyncIteration:
    print("exhausted")
print("finished:", run(done.aclose()))
