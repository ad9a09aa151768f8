# an exception thrown with athrow() that the generator does not handle comes out of the await
from _drive import run


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


ag = agen()
print(run(ag.__anext__()))
try:
    run(ag.athrow(KeyError("boom")))
except KeyError as e:
    print("escaped", e.args)
print("frame:", ag.ag_frame)
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print("then StopAsyncIteration")
print(run(ag.athrow(ValueError)))

unstarted = agen()
try:
    run(unstarted.athrow(ValueError("early")))
except ValueError as e:
    print("unstarted:", e)
print(unstarted.ag_frame)
