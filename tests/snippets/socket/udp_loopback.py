# UDP over loopback: sendto/recvfrom/recvfrom_into, connected datagram sockets.
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0)); b.bind(('127.0.0.1', 0))
print(a.type == socket.SOCK_DGRAM, a.type)
print(a.sendto(b'ping', b.getsockname()))
data, addr = b.recvfrom(100)
print(data, addr == a.getsockname())
b.sendto(b'pong', 0, addr)
buf = bytearray(10)
n, addr2 = a.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr2 == b.getsockname())
a.connect(b.getsockname())
a.send(b'connected')
print(b.recv(100))
b.settimeout(0.01)
try:
    b.recvfrom(10)
except TimeoutError as e:
    print('timed out:', e)
a.close(); b.close()
