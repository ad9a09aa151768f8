parts = [bytes([i % 256]) * (i % 5) for i in range(500)]
joined = b'|'.join(parts)
print(len(joined), joined[:40], joined.count(b'|'), hash(joined) == hash(bytes(joined)))
ba = bytearray()
for p in parts:
    ba += p
print(len(ba), ba[-10:], bytes(ba) == b''.join(parts))
big = b'ab' * 100000
print(len(big), big.count(b'ab'), big.find(b'ba', 99999), big[-3:], (bytearray(b'x') * 50000).count(120))
print(len(b'-'.join([b'x'] * 100000)), b'xyz'.replace(b'', b'.') * 2)
