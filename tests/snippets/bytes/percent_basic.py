def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(b'%s %s' % (b'a', bytearray(b'b')), b'%b' % b'x', b'%s' % memoryview(b'mv'), b'%%', b'100%%' % ())
print(b'%d %i %u' % (1, -2, 3), b'%x %X %o' % (255, 255, 8), b'%#x %#X %#o' % (255, 255, 8), b'%c%c' % (65, b'B'))
print(b'%r' % 'caf\xe9', b'%a' % 'caf\xe9', b'%r' % b'x', b'%a' % [1, 'x'], b'%c' % bytearray(b'z'))
print(b'%5s|%-5s|' % (b'ab', b'cd'), b'%.1s' % b'xyz', b'%5.1s|' % b'xyz', b'%*d|%-*d|' % (4, 1, 4, 2))
print(b'%05d %+d % d %5.2f %e %g %G %E' % (42, 5, 6, 3.14159, 12345.678, 0.0001, 1e20, 1.5))
print(b'%s' % b'', b'' % (), b'abc' % (), b'%d' % True, b'%x' % -255, b'%.3d' % 7, b'%(a)s %(b)d' % {b'a': b'A', b'b': 2})
class Bytesy:
    def __bytes__(self):
        return b'dunder'
print(b'%s' % Bytesy(), b'%b' % Bytesy(), bytearray(b'%s-%d') % (b'x', 1), type(bytearray(b'%s') % b'y').__name__)
