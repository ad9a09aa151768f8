# the awaitables returned by __anext__/asend/athrow/aclose are one-shot
from _drive import step


async def agen():
    try:
        yield 1
        yield 2
        yield 3
    except ValueError:
        yield "handled"


ag = agen()
nxt = ag.__anext__()
print(step(nxt))
print(step(nxt))
print(step(nxt))
try:
    nxt.throw(ValueError)
except RuntimeError as e:
    print("throw:", e)

snd = ag.asend(None)
snd.close()
print("after close:", step(snd))
print(step(ag.asend(None)))

thr = ag.athrow(ValueError)
print(step(thr))
print(step(thr))
try:
    thr.throw(KeyError)
except RuntimeError as e:
    print("throw:", e)

cls = ag.aclose()
print(step(cls))
print(step(cls))
cls2 = ag.aclose()
cls2.close()
print(step(cls2))
