# awaits nest: the yield of the innermost awaitable reaches the driver
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got * 2

async def leaf(n):
    return await Tick(f"leaf{n}")

async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return a + b

async def top():
    total = await middle()
    return f"total={total}"

c = top()
step = 0
value = None
try:
    while True:
        request = c.send(value)
        step += 1
        print("driver got", request)
        value = step * 10
except StopIteration as stop:
    print(stop.value)
