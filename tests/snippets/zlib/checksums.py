# crc32 and adler32: values, running checksums, start values, argument errors
import zlib

data = b"The quick brown fox jumps over the lazy dog" * 100
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(b""), zlib.adler32(b""))
print(zlib.crc32(data[500:], zlib.crc32(data[:500])) == zlib.crc32(data))
print(zlib.adler32(data[500:], zlib.adler32(data[:500])) == zlib.adler32(data))
print(zlib.adler32(b"abc", 0), zlib.adler32(b"abc", 2**40 + 7), zlib.adler32(b"abc", -1), zlib.crc32(b"abc", -1))
print(zlib.adler32(b"\xff" * 100000), zlib.crc32(bytearray(b"\x00" * 7777)), zlib.adler32(memoryview(data)[::1]))
for call in ["zlib.crc32()", "zlib.adler32(b'', 1, 2)", "zlib.crc32('s')", "zlib.adler32(b'x', 1.5)", "zlib.crc32(data=b'')",
             "zlib.adler32(b'', value=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
