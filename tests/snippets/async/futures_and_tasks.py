# a miniature futures/tasks event loop with gather, written without asyncio
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Task(Future):
    def __init__(self, loop, coro):
        super().__init__()
        self.loop, self.coro = loop, coro
        loop.ready.append(self.step)
    def step(self):
        try:
            fut = self.coro.send(None)
        except StopIteration as e:
            self.set_result(e.value)
        else:
            fut.callbacks.append(lambda f: self.loop.ready.append(self.step))

class Loop:
    def __init__(self):
        self.ready = []
    def run(self, coro):
        main = Task(self, coro)
        while self.ready:
            self.ready.pop(0)()
        return main.result

loop = Loop()
timers = []

def later(value):
    f = Future()
    timers.append((f, value))
    loop.ready.append(lambda: timers and (lambda t: t[0].set_result(t[1]))(timers.pop(0)))
    return f

async def fetch(name):
    print("fetch start", name)
    data = await later(name.upper())
    print("fetch end", name)
    return data

async def gather(*coros):
    tasks = [Task(loop, c) for c in coros]
    return [await t for t in tasks]

async def main():
    results = await gather(fetch("a"), fetch("b"), fetch("c"))
    return results

print(loop.run(main()))
