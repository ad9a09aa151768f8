# a coroutine suspended inside an async generator's step can be thrown into or closed
from _drive import step, Suspend


async def agen(log):
    try:
        while True:
            try:
                await Suspend("agen waiting")
                yield "value"
            except KeyError:
                log.append("agen caught KeyError")
    finally:
        log.append("agen finally")


async def consumer(log, ag):
    try:
        async for item in ag:
            log.append(item)
    finally:
        log.append("consumer finally")


log = []
ag = agen(log)
c = consumer(log, ag)
print(step(c))
print(c.throw(KeyError("k")))
print(log, ag.ag_running)
c.close()
print(log, ag.ag_running, ag.ag_frame is not None)
print(step(ag.aclose()))

log2 = []
ag2 = agen(log2)
c2 = consumer(log2, ag2)
print(step(c2))
try:
    c2.throw(ValueError("stop"))
except ValueError as e:
    print("ValueError out of the coroutine:", e)
print(log2, ag2.ag_running, ag2.ag_frame)
