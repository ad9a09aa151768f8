# async comprehensions and await inside comprehensions
class Pause:
    def __await__(self):
        yield

async def numbers(n):
    for i in range(n):
        await Pause()
        yield i

async def double(x):
    await Pause()
    return x * 2

async def main():
    a = [x async for x in numbers(4)]
    b = {x: x * x async for x in numbers(3) if x}
    c = {x % 2 async for x in numbers(5)}
    d = [await double(x) for x in range(3)]
    e = [await double(x) async for x in numbers(3) if x != 1]
    g = (x + 1 async for x in numbers(3))
    f = [y async for y in g]
    print(type(g).__name__)
    return a, b, sorted(c), d, e, f

co = main()
try:
    while True:
        co.send(None)
except StopIteration as stop:
    for part in stop.value:
        print(part)
