# async generators consuming other async generators (there is no "yield from" for them)
from _drive import loop, Suspend


async def inner(tag, n):
    try:
        for i in range(n):
            got = await Suspend(f"{tag}{i}")
            yield (tag, i, got)
    finally:
        print("inner", tag, "finally")


async def outer():
    async for item in inner("a", 2):
        yield item
    ag = inner("b", 3)
    yield await ag.__anext__()
    await ag.aclose()
    yield "outer done"


async def main():
    return [x async for x in outer()]


log, result = loop(main())
print(log)
for r in result:
    print(r)
