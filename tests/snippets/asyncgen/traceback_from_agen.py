# an uncaught exception raised inside an async generator: the traceback shows its frames
from _drive import run


async def parse(items):
    for item in items:
        yield int(item)


async def total(items):
    return sum([x async for x in parse(items)])


print(run(total(["1", "2"])))
print(run(total(["1", "two"])))
