def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: b'%d' % 'a')
t(lambda: b'%s' % 'a')
t(lambda: b'%s' % 1)
t(lambda: b'%b' % 1.5)
t(lambda: b'%c' % 256)
t(lambda: b'%c' % -1)
t(lambda: b'%c' % 'a')
t(lambda: b'%c' % b'ab')
t(lambda: b'%c' % 1.5)
t(lambda: b'%x' % 1.5)
t(lambda: b'%y' % 1)
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%s' % (b'a', b'b'))
t(lambda: b'%(a)s' % 1)
t(lambda: b'%(a)s' % {'a': b'x'})
t(lambda: b'%' % ())
t(lambda: b'%(a' % {b'a': 1})
t(lambda: b'x' % 1)
t(lambda: b'%d' % None)
t(lambda: b'%*d' % ('a', 1))
t(lambda: b'%s' % None)
class Bad:
    def __bytes__(self):
        return 'str'
t(lambda: b'%s' % Bad())
t(lambda: bytearray(b'%d') % 'x')
t(lambda: b'abc' % b'x')
t(lambda: b'%s' % bytearray(b'ok'))
