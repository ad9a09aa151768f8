# A big coroutine needs more warmth before it is compiled (JitCompiler.InitialWarmth): it starts in the eval
# loop, and is compiled while suspended at an await; its next resumptions run the compiled body.
import asyncio

async def worker(name, n, box):
    a, b, c = len(name), 7, 11
    seen = []
    for i in range(n):
        a = (a * 13 + i) % 10007
        b = (b + a) % 9973
        c = (c * b + 1) % 65537
        if c % 31 == 0: seen.append((i, c % 100))
        x = {"a": a, "b": b}
        b = x["a"] ^ x["b"]
        if i % 5 == 0:
            await asyncio.sleep(0)
        a = (a * 13 + i) % 10007
        b = (b + a) % 9973
        c = (c * b + 1) % 65537
        if c % 31 == 0: seen.append((i, c % 100))
        x = {"a": a, "b": b}
        b = x["a"] ^ x["b"]
        if i % 5 == 1:
            await asyncio.sleep(0)
        a = (a * 13 + i) % 10007
        b = (b + a) % 9973
        c = (c * b + 1) % 65537
        if c % 31 == 0: seen.append((i, c % 100))
        x = {"a": a, "b": b}
        b = x["a"] ^ x["b"]
        if i % 5 == 2:
            await asyncio.sleep(0)
        box.append(a % 10)
    if len(seen) > 10**9:
        raise RuntimeError("unreachable")
    return name, a, b, c, len(seen), seen[:3], seen[-2:]

async def main():
    box = []
    results = await asyncio.gather(worker("one", 2500, box), worker("three", 2000, box), worker("x", 300, box))
    for r in results:
        print(r)
    print(len(box), sum(box), box[-10:])

asyncio.run(main())
