# socket.socketpair: send/recv, shutdown, blocking flags, timeouts, makefile.
import socket
a, b = socket.socketpair()
print(type(a).__name__, a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto)
print(a.family, a.type)
print(a.send(b'hello'), b.recv(10))
a.sendall(b'x' * 100000 if False else b'world')
print(b.recv(3), b.recv(100))
print(a.gettimeout(), a.getblocking())
b.settimeout(0.05)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(1)
except socket.timeout as e:
    print('timeout:', type(e).__name__, e, isinstance(e, OSError))
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(1)
except BlockingIOError as e:
    print('blocking:', e.errno)
b.setblocking(True)
print(b.gettimeout())
buf = bytearray(8)
a.send(b'abc')
print(b.recv_into(buf), buf)
a.send(b'defgh')
print(b.recv_into(buf, 2), buf)
print(b.recv(10))
f = b.makefile('rb')
a.sendall(b'line1\nline2\n')
print(f.readline(), f.readline())
f.close()
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
print(a.getsockname(), b.getpeername())
a.close(); b.close()
print(a.fileno(), repr(a).startswith('<socket.socket [closed]'))
try:
    a.send(b'x')
except OSError as e:
    print(type(e).__name__, e)
