# crc32 and crc_hqx: values, running crcs, masking of the start value, argument errors
import binascii
import zlib

data = b"The quick brown fox jumps over the lazy dog"
print(binascii.crc32(data), binascii.crc32(data[10:], binascii.crc32(data[:10])), binascii.crc32(b""))
print(binascii.crc32(data, -1), binascii.crc32(data, 2**40 + 5), binascii.crc32(data) == zlib.crc32(data))
print(binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff), binascii.crc_hqx(b"", 2**70 + 3), binascii.crc_hqx(data, -1))
print(binascii.crc32(bytearray(data)), binascii.crc32(memoryview(data)[4:9]))
for call in ["binascii.crc32()", "binascii.crc32(b'', 1, 2)", "binascii.crc32('s')", "binascii.crc32(b'x', 1.0)",
             "binascii.crc_hqx(b'x')", "binascii.crc_hqx(b'x', crc=1)", "binascii.crc32(data=b'x')"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
