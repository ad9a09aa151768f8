# a tiny scheduler that interleaves several consumers of async generators
from _drive import Suspend


async def ticker(name, n):
    for i in range(n):
        await Suspend(None)
        yield f"{name}{i}"


async def consumer(name, n, out):
    async for item in ticker(name, n):
        out.append(item)
    return name + " finished"


def schedule(coros):
    results = []
    ready = list(coros)
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            ready.append(coro)
    return results


out = []
print(schedule([consumer("a", 3, out), consumer("b", 1, out), consumer("c", 2, out)]))
print(out)
