# a coroutine's __await__ returns an iterator; awaitables can delegate with yield from
async def inner(x):
    got = await Pending()
    return (x, got)

class Pending:
    def __await__(self):
        return (yield "pending")

class Delegate:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        result = yield from self.coro.__await__()
        return ("delegated", result)

c = inner(1)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.send("sent")
except StopIteration as e:
    print(e.value)

async def main():
    return await Delegate(inner(2))

m = main()
print(m.send(None))
try:
    m.send("via delegate")
except StopIteration as e:
    print(e.value)
