# async for with a hand-written asynchronous iterator
class Pause:
    def __await__(self):
        yield "pause"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        await Pause()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    seen = []
    async for v in Countdown(3):
        seen.append(v)
    else:
        print("else clause runs")
    async for v in Countdown(5):
        if v == 2:
            break
        print("v", v)
    return seen

c = main()
pauses = 0
while True:
    try:
        c.send(None)
        pauses += 1
    except StopIteration as e:
        print("result", e.value, "pauses", pauses)
        break
