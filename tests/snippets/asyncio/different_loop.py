# A task may only wait for futures of its own loop.
import asyncio

other = asyncio.new_event_loop()

async def main():
    f = other.create_future()
    try:
        await f
    except RuntimeError as e:
        msg = str(e)
        print("RuntimeError:", msg[:msg.find(" name=")], "...", msg[msg.find("got Future"):])

asyncio.run(main())
other.close()
