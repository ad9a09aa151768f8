# async for over an async generator, with awaits between yields
from _drive import loop, Suspend


async def countdown(n):
    while n > 0:
        got = await Suspend(n)
        yield n, got
        n -= 1


async def main():
    out = []
    async for pair in countdown(3):
        out.append(pair)
    return out


print(loop(main()))

async def empty():
    return
    yield


async def main2():
    async for x in empty():
        print("never", x)
    else:
        print("else branch after an empty async generator")
    return "ok"


print(loop(main2()))
