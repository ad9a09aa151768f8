# marshal.load uses readinto() and checks its count, sets are written in sorted(key=dumps) order, and
# interned strs round-trip as the same object (test_marshal, test_sys.test_intern).
import io, marshal, sys
class BadReader(io.BytesIO):
    def readinto(self, buf):
        n = super().readinto(buf)
        if n is not None and n > 4:
            n += 10**6
        return n
for value in (1.0, 1j, b'0123456789', '0123456789'):
    try:
        marshal.load(BadReader(marshal.dumps(value)))
    except ValueError as e:
        print(e)
class Short(io.BytesIO):
    def readinto(self, buf):
        print(type(buf).__name__, len(buf), buf.readonly)
        return super().readinto(buf)
print(marshal.load(Short(marshal.dumps((1, 'ab', 2.5)))))
print(marshal.dumps({'x', 'y', 'z', b'a', b'b', 1, 2.5, ('Spam', 0), ('Spam', 1)}))
print(marshal.dumps(frozenset({'x', 'y', 'z', b'a', b'b', 1, 2.5})))
strobj = sys.intern("this is an interned string")
s = marshal.loads(marshal.dumps(strobj))
print(s is strobj, sys.intern(s) is s)
s = marshal.loads(marshal.dumps(strobj, 2))
print(s is strobj, sys.intern(s) is s)
t = "never interned before" + str(len(sys.argv))
print(sys.intern(t) is t, sys.intern(t.swapcase().swapcase()) is t)
print(marshal.dumps(t)[:1], marshal.dumps("a b c")[:1])
