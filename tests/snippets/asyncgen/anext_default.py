# anext(it, default): the default is the await's result once the iterator is exhausted
from _drive import run, loop, Suspend


async def two():
    yield "a"
    yield "b"


ag = two()
print(run(anext(ag, "dflt")), run(anext(ag, "dflt")), run(anext(ag, "dflt")), run(anext(ag, None)))
try:
    run(anext(ag))
except StopAsyncIteration:
    print("no default: StopAsyncIteration")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend(self.n)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(Countdown(2))
    got = [await anext(it, "end") for _ in range(4)]
    return got


print(loop(main()))

# the default can be any object
ag3 = two()
run(ag3.aclose())
marker = object()
print(run(anext(ag3, marker)) is marker, run(anext(ag3, [1])))
