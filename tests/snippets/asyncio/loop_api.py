# Event loop API without asyncio.run: new_event_loop, run_until_complete, sock_* coroutines, close.
import asyncio, socket
loop = asyncio.new_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
async def pair():
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    await loop.sock_sendall(a, b'via sock_sendall')
    print(await loop.sock_recv(b, 100))
    buf = bytearray(4)
    await loop.sock_sendall(b, b'abcd')
    print(await loop.sock_recv_into(a, buf), buf)
    a.close(); b.close()
    return 'pair ok'
print(loop.run_until_complete(pair()))
got = []
loop.call_soon(got.append, 'soon')
loop.call_soon(loop.stop)
loop.run_forever()
print(got)
async def boom():
    raise KeyError('k')
try:
    loop.run_until_complete(boom())
except KeyError as e:
    print('KeyError', e)
loop.close()
print(loop.is_closed())
coro = pair()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print(e)
coro.close()
