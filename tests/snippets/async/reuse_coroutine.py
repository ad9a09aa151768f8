# a coroutine object can be awaited only once
async def value():
    return 7

async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "main done"

m = main()
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
try:
    m.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
