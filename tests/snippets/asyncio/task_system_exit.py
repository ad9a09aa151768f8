# SystemExit raised inside a task stops the event loop and exits with its code; the task keeps the exception.
import asyncio

holder = []

async def quitter():
    await asyncio.sleep(0)
    raise SystemExit(3)

async def main():
    t = asyncio.create_task(quitter())
    holder.append(t)
    await asyncio.sleep(1)

try:
    asyncio.run(main())
except SystemExit as e:
    t = holder[0]
    print("SystemExit", e.code, t.done(), type(t.exception()).__name__)
    raise
