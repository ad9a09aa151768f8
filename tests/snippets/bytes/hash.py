def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(hash(b'') == 0, hash(b'abc') == hash(b'abc'), hash(b'abc') == hash('abc'), hash(b'x\xe9') == hash('x\xe9'))
print(hash(b'a') != -1, {b'a': 1}[b'a'], b'k' in {b'k', b'j'}, len({b'a', b'a', bytes(b'a')}))
d = {b'one': 1, 'one': 2}
print(len(d), d[b'one'], d['one'])
class B(bytes):
    pass
print(hash(B(b'q')) == hash(b'q'), {B(b'q'): 3}[b'q'], hash(memoryview(b'mv')) == hash(b'mv'))
t(lambda: hash(bytearray(b'a')))
t(lambda: {bytearray(): 1})
t(lambda: hash(memoryview(bytearray(b'a'))))
t(lambda: hash(memoryview(b'abcd').cast('H')))
