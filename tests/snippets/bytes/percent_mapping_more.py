def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


d = {b'name': b'krait', b'n': 3, b'f': 2.5}
print(b'%(name)s has %(n)d legs and %(f).1f eyes' % d)
print(b'%(name)-8s|%(n)05d|' % d, b'%(n)x %(n)o' % d, b'%%(name)s' % d, b'%(name)r' % d)
class M:
    def __getitem__(self, k):
        return k * 2
print(b'%(ab)s %(c)s' % M())
t(lambda: b'%(missing)s' % d)
t(lambda: b'%(name)s %s' % d)
t(lambda: b'%s %(name)s' % d)
t(lambda: b'%(name)s' % (d,))
t(lambda: b'%(name)s' % [1])
print(b'%s' % d == (b'%s' % d), b'no format' % d, b'%s' % [b'list'])
