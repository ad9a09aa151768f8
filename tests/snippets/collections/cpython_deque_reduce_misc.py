# Small CPython-exact details from test_deque, test_property, test_weakref, test_struct: deque.__reduce__ with
# slot state and a subclass's __iter__, property.__set_name__'s argument errors, weakref.ref subclasses taking
# keyword arguments in __init__, struct's buffer-size message with a huge offset.
import collections, pickle, struct, sys, weakref
class D(collections.deque):
    __slots__ = ('x', 'y', '__dict__')
d = D('ab', 3); d.x = 1; d.z = 2
r = d.__reduce__()
print(r[:3], list(r[3]))
e = pickle.loads(pickle.dumps(d))
print(e, e.x, e.z, hasattr(e, 'y'))
d.x = d
e = pickle.loads(pickle.dumps(d))
print(e.x is e)
class BadIter(collections.deque):
    def __iter__(self): raise TypeError('no iter')
try: pickle.dumps(BadIter('abc'))
except TypeError as e: print('TypeError', e)
print(collections.deque('ab').__reduce__()[:3])
p = property()
for a in [(), (1,), (1, 2, 3)]:
    try: p.__set_name__(*a)
    except TypeError as e: print(e)
try: p.__set_name__(1, 2, x=1)
except TypeError as e: print(e)
class R(weakref.ref):
    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)
        self.__dict__.update(kw)
class O: pass
o = O()
r = R(o, value=3)
print(type(r).__name__, r() is o, r.value)
for call in [lambda: weakref.ref(o, x=1), lambda: weakref.ref(o, None, None), lambda: weakref.ref()]:
    try: call()
    except TypeError as e: print(e)
for f in [lambda: struct.pack_into('<I', bytearray(10), sys.maxsize, 1), lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize),
          lambda: struct.pack_into('<I', bytearray(10), 8, 1), lambda: struct.unpack_from('<I', bytearray(10), -3)]:
    try: f()
    except struct.error as e: print(e)
