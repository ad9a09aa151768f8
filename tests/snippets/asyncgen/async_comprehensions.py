# async comprehensions and async generator expressions over async generators
from _drive import loop, run, Suspend


async def numbers(n):
    for i in range(n):
        await Suspend(i)
        yield i


async def main():
    squares = [x * x async for x in numbers(4)]
    evens = {x async for x in numbers(6) if x % 2 == 0}
    table = {x: str(x) async for x in numbers(3)}
    nested = [(x, y) async for x in numbers(2) for y in "ab"]
    gen = (x + 100 async for x in numbers(2))
    print(type(gen).__name__)
    from_gen = [y async for y in gen]
    awaited = [await Suspend(x) for x in range(2)]
    return squares, sorted(evens), table, nested, from_gen, awaited


log, result = loop(main())
print(log)
print(result)


async def agen_of_agen():
    async for x in (i * 3 async for i in numbers(3)):
        yield x


async def collect():
    return [x async for x in agen_of_agen()]


print(loop(collect()))
