# Code the compiler can't handle (except*, async for) that runs hot: the compile thread gives up, the code keeps
# running in the eval loop and behaves the same; hot code around it is compiled as usual.
import time

def groups(n):
    caught = 0
    for i in range(n):
        try:
            raise ExceptionGroup("g", [ValueError(i), TypeError(i)])
        except* ValueError as eg:
            caught += len(eg.exceptions)
        except* TypeError:
            caught += 10
    return caught

print([groups(k) for k in range(3)])
print(sum(groups(2) for _ in range(1100)))
time.sleep(0.05)
print(groups(700))

class Agen:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def total(n):
    s = 0
    async for v in Agen(n):
        s += v
    return s

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")

r = [run(total(3)) for _ in range(1100)]
time.sleep(0.05)
r.append(run(total(2000)))
print(sum(r), r[-1])
