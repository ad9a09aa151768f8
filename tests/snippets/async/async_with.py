# async with calls __aenter__ / __aexit__ and awaits both
class Pause:
    def __await__(self):
        yield

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Pause()
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        await Pause()
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("body", a, b)
    async with Resource("quiet", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with Resource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))

c = main()
steps = 0
try:
    while True:
        c.send(None)
        steps += 1
except StopIteration:
    print("steps", steps)
