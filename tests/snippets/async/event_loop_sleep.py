# an event loop with a virtual clock: `await sleep(t)` resumes tasks in time order
class sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        return (yield self.delay)

class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []  # (wake time, sequence, coroutine, value to send)
        self.seq = 0

    def spawn(self, coro, at=0, value=None):
        self.queue.append((at, self.seq, coro, value))
        self.seq += 1

    def run(self):
        while self.queue:
            self.queue.sort(key=lambda entry: entry[:2])
            self.now, _, coro, value = self.queue.pop(0)
            try:
                delay = coro.send(value)
            except StopIteration as e:
                print(f"t={self.now} {coro.__qualname__} returned {e.value!r}")
            else:
                self.spawn(coro, self.now + delay, self.now + delay)

async def worker(name, delays):
    for d in delays:
        woke = await sleep(d)
        print(f"t={woke} {name} woke after {d}")
    return name.upper()

loop = Loop()
loop.spawn(worker("fast", [1, 1, 1]))
loop.spawn(worker("slow", [2, 2]))
loop.spawn(worker("once", [3]))
loop.run()
print("final time", loop.now)
