# a coroutine driven by hand: send(None) until StopIteration carries the result
class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value

async def add(a, b):
    print("start add")
    x = await Suspend()
    print("resumed with", x)
    return a + b + x

coro = add(1, 2)
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
try:
    coro.send(100)
except StopIteration as e:
    print("result", e.value)
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
