# values sent with asend() arrive at the yield expression
from _drive import run, step


async def echo():
    received = []
    try:
        while True:
            got = yield len(received)
            received.append(got)
    finally:
        print("received", received)


ag = echo()
print(run(ag.asend(None)))
print(run(ag.asend("a")))
print(run(ag.asend(("t", 1))))
print(run(ag.__anext__()))
print(run(ag.aclose()))

fresh = echo()
print(step(fresh.asend(1)))
print(fresh.ag_running, fresh.ag_frame is not None)
print(run(fresh.asend(None)))
print(run(fresh.aclose()))
