# what aclose() does when cleanup raises, swallows GeneratorExit, or returns
from _drive import run


async def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


ag = raises_in_finally()
run(ag.__anext__())
try:
    run(ag.aclose())
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)
print(ag.ag_frame)


async def swallows():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning")
    print("after except")


ag = swallows()
run(ag.__anext__())
print("aclose ->", run(ag.aclose()))


async def reraises_other():
    try:
        yield 1
    except GeneratorExit:
        raise StopAsyncIteration


ag = reraises_other()
run(ag.__anext__())
try:
    print("aclose ->", run(ag.aclose()))
except RuntimeError as e:
    print("RuntimeError:", e)
