# athrow(GeneratorExit) versus aclose(): the generator is closed either way, but only aclose()
# turns the resulting GeneratorExit into a normal end of the await
from _drive import run, step


async def agen(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


log = []
ag = agen(log)
run(ag.__anext__())
try:
    run(ag.athrow(GeneratorExit))
except GeneratorExit:
    print("athrow(GeneratorExit) lets GeneratorExit out")
print(log, ag.ag_frame)
print(step(ag.__anext__()))
print(step(ag.athrow(ValueError)))


async def polite():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"


ag = polite()
run(ag.__anext__())
print("athrow GeneratorExit ->", step(ag.athrow(GeneratorExit)))
print(step(ag.aclose()))
print(step(ag.__anext__()))
