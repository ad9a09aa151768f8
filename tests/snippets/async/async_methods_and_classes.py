# async def methods, staticmethods, classmethods and __aiter__ as an async generator
class Pause:
    def __await__(self):
        yield

class Repo:
    def __init__(self, items):
        self.items = items
    async def get(self, i):
        await Pause()
        return self.items[i]
    @staticmethod
    async def static_hello():
        return "static"
    @classmethod
    async def build(cls, *items):
        await Pause()
        return cls(list(items))
    async def __aiter__(self):
        for item in self.items:
            await Pause()
            yield item

async def main():
    repo = await Repo.build("x", "y", "z")
    print(await repo.get(1), await Repo.static_hello())
    print([i async for i in repo])
    print(Repo.get.__qualname__, Repo.__aiter__.__qualname__)

c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    print("done")
