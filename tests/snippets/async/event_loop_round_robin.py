# a tiny round-robin event loop: tasks yield control with `await switch()`
class switch:
    def __await__(self):
        yield

def run_all(*coros):
    ready = list(coros)
    results = []
    while ready:
        task = ready.pop(0)
        try:
            task.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            ready.append(task)
    return results

async def counter(name, n):
    for i in range(n):
        print(name, i)
        await switch()
    return name * n

async def pinger():
    await switch()
    print("ping")
    return "pong"

print(run_all(counter("a", 3), counter("b", 2), pinger()))
