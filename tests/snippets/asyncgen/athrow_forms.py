# athrow() accepts a type, an instance, or type + value (+ traceback), like generator.throw()
from _drive import run


async def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            yield f"caught {type(e).__name__}{e.args}"


ag = catcher()
print(run(ag.__anext__()))
print(run(ag.athrow(ValueError)))
print(run(ag.__anext__()))
print(run(ag.athrow(KeyError("k"))))
print(run(ag.__anext__()))
print(run(ag.athrow(TypeError, "as value")))
print(run(ag.__anext__()))
print(run(ag.athrow(TypeError, ("two", "args"))))
print(run(ag.__anext__()))
print(run(ag.athrow(IndexError, None, None)))
print(run(ag.__anext__()))
for bad in [(1,), (ValueError("x"), 1), (ValueError, 1, "tb"), (int,)]:
    try:
        run(ag.athrow(*bad))
    except TypeError as e:
        print("TypeError:", e)
    print("  running:", ag.ag_running)
print(run(ag.aclose()))
