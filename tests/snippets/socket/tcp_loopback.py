# TCP over loopback: bind/listen/accept/connect, addresses, options, connect_ex, sendall of a large buffer.
import socket, threading
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536)
data = bytes(range(256)) * 4000
got = []
log = []
def serve():
    conn, addr = srv.accept()
    with conn:
        log.append(('server: peer host', addr[0], conn.getsockname() == (host, port)))
        buf = bytearray()
        while True:
            chunk = conn.recv(65536)
            if not chunk: break
            buf += chunk
        got.append(bytes(buf))
        conn.sendall(b'thanks %d' % len(buf))
th = threading.Thread(target=serve)
th.start()
c = socket.create_connection((host, port), timeout=5)
print(c.gettimeout(), c.getpeername() == (host, port))
c.sendall(data)
c.shutdown(socket.SHUT_WR)
reply = b''
while True:
    chunk = c.recv(100)
    if not chunk: break
    reply += chunk
th.join()
c.close()
print(*log)
print(reply, got[0] == data)
srv.close()
s = socket.socket()
print(s.connect_ex(('127.0.0.1', port)) in (111,))
try:
    socket.socket().connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno)
s.close()
