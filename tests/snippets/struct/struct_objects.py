# Struct objects, unpack_from/pack_into offsets, iter_unpack, and their errors.
import struct

s = struct.Struct('<ih')
print(s.format, s.size, struct.Struct(b'>Q').format, type(s).__name__, type(s).__module__)
print(sorted(n for n in dir(s) if not n.startswith('__')))
print(sorted(n for n in dir(struct) if not n.startswith('__')))
print(s.pack(1, -2), s.unpack(b'\x01\x00\x00\x00\xfe\xff'), s.unpack_from(b'xx\x01\x00\x00\x00\xfe\xff', 2))
print(s.unpack_from(buffer=b'\x01\x00\x00\x00\xfe\xffzz'), struct.unpack_from('<h', b'abcd', offset=2))
buf = bytearray(12)
s.pack_into(buf, 3, 7, 8)
struct.pack_into('<h', buf, -2, -1)
print(buf)
print(list(struct.iter_unpack('<h', b'abcdef')), type(struct.iter_unpack('b', b'')).__name__)
it = struct.iter_unpack('b', b'abc')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())

class S(struct.Struct):
    def __init__(self, f):
        super().__init__(f)
        self.x = 1
print(S('<h').pack(5), S('h').x, isinstance(S('h'), struct.Struct))
s2 = struct.Struct('i')
s2.__init__('h')
print(s2.size, s2.format)
struct._clearcache()
print(struct.error, struct.error.__module__, struct.error.__mro__[1:], issubclass(struct.error, Exception))
tests = ["struct.unpack('i', b'123')", "struct.unpack('<i', b'12345')", "struct.unpack_from('i', b'123456', 4)",
         "struct.unpack_from('i', b'123456', -1)", "struct.unpack_from('i', b'123456', -10)", "struct.unpack_from('i', b'123456', 10)",
         "struct.pack_into('i', bytearray(3), 0, 1)", "struct.pack_into('i', bytearray(8), 6, 1)", "struct.pack_into('i', bytearray(8), -9, 1)",
         "struct.pack_into('i', bytearray(8), -2, 1)", "struct.pack_into('i', b'12345678', 0, 1)", "struct.pack_into('i', bytearray(8))",
         "struct.pack_into('i', bytearray(8), 0)", "struct.pack_into('i')", "struct.iter_unpack('i', b'12345')", "struct.iter_unpack('', b'')",
         "struct.Struct(1)", "struct.Struct()", "struct.Struct('i', 1)", "struct.unpack('i', 'abcd')", "struct.unpack('i')",
         "struct.unpack_from('i')", "struct.unpack_from()", "struct.iter_unpack('i')", "struct.calcsize()", "s.unpack()",
         "s.unpack_from()", "s.iter_unpack()", "struct.pack_into('i', bytearray(4), 1.5, 1)", "struct.unpack_from('i', b'1234', 1.5)"]
for t in tests:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
