# c, s, p, x and ? codes; native alignment padding.
import struct

print(struct.pack('c3s5p?x', b'a', b'xy', b'hello world', 5))
print(struct.unpack('c3s5p?x', struct.pack('c3s5p?x', b'a', b'xy', b'hello world', 5)))
print(struct.pack('3s', b'abcdef'), struct.pack('0s', b'a'), struct.pack('0p', b'a'), struct.pack('1p', b'a'))
print(struct.pack('300p', b'x' * 299)[:3], struct.unpack('300p', struct.pack('300p', b'x' * 299))[0][-3:])
print(struct.pack('s', bytearray(b'ab')), struct.pack('3c', b'a', b'b', b'c'), struct.unpack('2p', b'\x05a'))
print(struct.pack('?????', 0, 1, [], [0], 0.0), struct.unpack('<??', b'\x00\x02'))
print(struct.pack('@bi', 1, 2), struct.pack('@ib', 1, 2), struct.pack('@bq0i', 1, 2), struct.pack('@hP', 1, 2))
print(struct.pack('<bi', 1, 2), struct.pack('>bi', 1, 2), struct.pack('!hq', -2, -3), struct.pack('x'), struct.pack('2x3x'))
print(struct.unpack('@?xxxi', b'\x01\x00\x00\x00\x05\x00\x00\x00'), struct.unpack('P', struct.pack('P', 12345)))
print(struct.pack('P', -1), struct.pack('>q', -2), struct.pack('<Q', 2**64 - 1), struct.pack('=l', -5))
tests = ["struct.pack('c', 'a')", "struct.pack('c', b'ab')", "struct.pack('c', bytearray(b'a'))", "struct.pack('s', 'a')",
         "struct.pack('p', 1)", "struct.pack('5s', memoryview(b'ab'))", "struct.pack('i')", "struct.pack('i', 1, 2)",
         "struct.pack()", "struct.pack('bb', 1)", "struct.pack('2s', b'a', b'b')", "struct.pack(1)", "struct.pack('é')"]
for t in tests:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
