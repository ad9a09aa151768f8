from array import array
import struct

a = array("i", [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m.readonly)
m[0] = 42
print(a)
try:
    a.append(4)
except BufferError as e:
    print("BufferError", e)
print(a)
m.release()
a.append(4)
print(a, bytes(a)[:8])
print(memoryview(array("u", "x")).format, memoryview(array("d", [1.0])).format)
b = array("B", b"\x01\x02\x03\x04")
print(struct.unpack("<I", b), bytearray(b), b"".join([b]))
ba = bytearray(8)
struct.pack_into("<q", ba, 0, 7)
c = array("q")
c.frombytes(ba)
print(c)
f = array("d", [1.0, 2.0])
print(int.from_bytes(memoryview(f).cast("B")[:8], "little") == struct.unpack("<Q", struct.pack("<d", 1.0))[0])
