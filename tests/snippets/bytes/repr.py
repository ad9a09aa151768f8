for v in [b'', b"'", b'"', b'\'"', b'a\'b', b'a"b', b'\\', b'\x00\x7f\x80\xff', b'\t\n\r', b'\x0b\x0c', b' ~', bytes(range(32))]:
    print(repr(v), str(v), ascii(v))
print(repr(bytearray(b"'")), repr(bytearray(b'\xff"')), str(bytearray()), repr(bytearray(b"'\"")))
class BA(bytearray):
    pass
class B(bytes):
    pass
print(repr(BA(b'x')), repr(B(b'x')), str(B(b'y')), f'{b"f"}', '{}'.format(b'g'), format(b'h'), format(bytearray(b'i'), ''))
print(b'%s' % b'\'"', [b'a', bytearray(b'b')], (b'x',), {b'k': b'v'})
try:
    format(b'x', 's')
except TypeError as e:
    print(e)
