# an exception escaping nested coroutines shows each frame
class Pause:
    def __await__(self):
        yield

async def parse(text):
    await Pause()
    return int(text)

async def load(values):
    return [await parse(v) for v in values]

async def main():
    print(await load(["1", "2"]))
    print(await load(["3", "x"]))

coro = main()
while True:
    coro.send(None)
