# cleanup code of an async generator can await while aclose() is in progress
from _drive import loop, Suspend


async def resource():
    try:
        yield "data"
    finally:
        got = await Suspend("closing")
        print("cleanup awaited, got", got)


async def main():
    ag = resource()
    print(await ag.__anext__())
    print("aclose ->", await ag.aclose())
    print("after aclose frame:", ag.ag_frame)
    return "main done"


print(loop(main()))


async def stubborn():
    try:
        yield 1
    finally:
        await Suspend(21)
        yield "not allowed"


async def main2():
    ag = stubborn()
    await ag.__anext__()
    try:
        await ag.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("running:", ag.ag_running)


print(loop(main2()))
