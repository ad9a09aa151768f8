# asyncio streams over a Unix socket path.
import asyncio, os
PATH = '_asyncio_unix_sock'
async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
    writer.close()
async def main():
    if os.path.exists(PATH): os.unlink(PATH)
    server = await asyncio.start_unix_server(handle, PATH)
    async with server:
        reader, writer = await asyncio.open_unix_connection(PATH)
        for word in [b'alpha\n', b'beta\n', b'gamma\n']:
            writer.write(word)
            print(await reader.readline())
        writer.close()
        await writer.wait_closed()
    print(os.path.exists(PATH))
    if os.path.exists(PATH): os.unlink(PATH)
asyncio.run(main())
