# PEP 479 for async generators: StopIteration and StopAsyncIteration raised inside become RuntimeError
from _drive import run


async def raises(exc):
    yield 1
    raise exc


for exc in (StopIteration("si"), StopAsyncIteration("sai"), ValueError("v")):
    ag = raises(exc)
    run(ag.__anext__())
    try:
        run(ag.__anext__())
    except BaseException as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__ is exc)
        print("  suppress_context:", e.__suppress_context__, "| frame gone:", ag.ag_frame is None)


async def raise_inside_next():
    yield next(iter([]))


try:
    run(raise_inside_next().__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)
