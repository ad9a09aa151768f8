# inet_* conversions, byte order, getaddrinfo/getnameinfo on numeric hosts.
import socket
for ip in ['127.0.0.1', '0.0.0.0', '255.255.255.255', '10.1.2.3']:
    packed = socket.inet_aton(ip)
    print(ip, packed, socket.inet_ntoa(packed), socket.inet_pton(socket.AF_INET, ip) == packed)
for ip in ['::1', '::', 'fe80::1', '2001:db8::ff00:42:8329', '::ffff:1.2.3.4']:
    p = socket.inet_pton(socket.AF_INET6, ip)
    print(ip, len(p), socket.inet_ntop(socket.AF_INET6, p))
print(socket.inet_aton('1.2'), socket.inet_aton('0x7f.1'))
print(socket.htons(0x1234) == 0x3412, socket.ntohl(socket.htonl(0xdeadbeef)) == 0xdeadbeef)
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('::1', '8080', socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(sorted(socket.getaddrinfo('127.0.0.1', None, socket.AF_INET)))
print(socket.getnameinfo(('127.0.0.1', 22), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(('::1', 80, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost'))
print(type(socket.gethostname()).__name__)
print(socket.getservbyname('http', 'tcp'), socket.getservbyport(443, 'tcp'), socket.getprotobyname('udp'))
print(socket.CMSG_LEN(0), socket.CMSG_SPACE(1), socket.CMSG_LEN(8))
print(socket.if_nametoindex('lo'), socket.if_indextoname(1), (1, 'lo') in socket.if_nameindex())
