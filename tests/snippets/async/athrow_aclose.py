# athrow() and aclose() on an async generator
from _aio import run

async def agen():
    try:
        while True:
            try:
                yield "value"
            except ValueError as e:
                print("agen caught", e)
                yield "recovered"
    finally:
        print("agen finally")

ag = agen()
print(run(ag.__anext__()))
print(run(ag.athrow(ValueError("bad"))))
print(run(ag.__anext__()))
print(run(ag.aclose()))
print(ag.ag_frame)
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after aclose")

ag2 = agen()
run(ag2.__anext__())
try:
    run(ag2.athrow(KeyError("k")))
except KeyError as e:
    print("escaped", repr(e))
