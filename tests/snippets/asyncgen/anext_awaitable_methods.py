# send/throw/close of the anext_awaitable that anext(it, default) returns
from _drive import step, Suspend


async def agen():
    try:
        got = await Suspend("waiting")
        yield f"got {got}"
        yield "second"
    except KeyError as e:
        yield f"handled {e.args[0]}"


ag = agen()
w = anext(ag, "default")
print(step(w))
print(step(w, "sent"))
w2 = anext(ag, "default")
print(step(w2))
w3 = anext(ag, "default")
try:
    w3.throw(KeyError("boom"))
except StopIteration as e:
    print("throw finished the await with", e.value)
print(step(anext(ag, "default")))
w4 = anext(ag, "default")
try:
    w4.throw(ValueError("v"))
except ValueError as e:
    print("ValueError escaped:", e)
print(ag.ag_frame, ag.ag_running)
print(step(anext(ag, "after the end")))


class Ticker:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


t = Ticker()
print([step(anext(t, "stop")) for _ in range(4)])
