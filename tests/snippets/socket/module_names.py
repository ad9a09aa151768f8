# socket/_socket names, constants and types.
import socket, _socket
print(len([n for n in dir(_socket) if n.isupper() and n != 'CAPI']))
print(sorted(n for n in dir(_socket) if not n.isupper() and not n.startswith('__')))
print(sorted(n for n in dir(_socket.socket) if not n.startswith('__')))
print(_socket.socket is _socket.SocketType, _socket.error is OSError, _socket.timeout is TimeoutError)
print(_socket.gaierror.__mro__, _socket.herror.__module__)
print(socket.AF_INET, socket.SOCK_STREAM, socket.AF_UNIX, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(socket.has_ipv6, _socket.has_ipv6)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.SocketKind.SOCK_RAW)
print(_socket.socket.__doc__)
print(_socket.__doc__)
print(type(_socket.socket.timeout).__name__)
class My(_socket.socket):
    pass
m = My()
m.x = 1
print(m.x, m.family, m.type, type(m).__mro__[1])
print(repr(_socket.socket(fileno=m.detach())).split(' fd=')[0])
