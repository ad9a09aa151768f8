# an async generator iterated by async for, driven by hand
class Pause:
    def __await__(self):
        yield

async def ticker(n):
    for i in range(n):
        await Pause()
        yield i * 10
    print("ticker exhausted")

async def main():
    total = []
    async for t in ticker(3):
        total.append(t)
    return total

agen = ticker(1)
print(type(agen).__name__, agen.__name__, agen.__qualname__)
print(type(agen.__aiter__()).__name__, agen.__aiter__() is agen)
print(type(agen.__anext__()).__name__)
m = main()
try:
    while True:
        m.send(None)
except StopIteration as e:
    print(e.value)
print(ticker.__code__.co_flags & 0x200 != 0)
