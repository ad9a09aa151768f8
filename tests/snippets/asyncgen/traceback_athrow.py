# the traceback of an exception thrown in with athrow() and not handled
from _drive import run


async def worker():
    yield "ready"
    yield "unreachable"


ag = worker()
print(run(ag.__anext__()))
run(ag.athrow(ValueError("thrown in")))
