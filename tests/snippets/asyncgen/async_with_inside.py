# async with inside an async generator: __aexit__ runs on exhaustion, on aclose() and on athrow()
from _drive import run, loop, Suspend


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await Suspend("enter " + self.name)
        return self.name

    async def __aexit__(self, typ, val, tb):
        await Suspend("exit " + self.name)
        print("  __aexit__", self.name, typ.__name__ if typ else None)
        return typ is KeyError


async def agen(name):
    async with Resource(name) as r:
        yield r + "-1"
        yield r + "-2"
    yield "after with"


async def main():
    print([x async for x in agen("full")])
    ag = agen("closed")
    print(await ag.__anext__())
    await ag.aclose()
    ag = agen("thrown")
    print(await ag.__anext__())
    print("athrow KeyError ->", await ag.athrow(KeyError))
    ag = agen("raised")
    print(await ag.__anext__())
    try:
        await ag.athrow(ValueError("v"))
    except ValueError as e:
        print("ValueError escaped:", e)
    return "main done"


log, result = loop(main())
print(log)
print(result)
