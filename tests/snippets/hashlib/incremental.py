# update/copy/digest: incremental hashing equals one-shot, copies are independent, digest doesn't finalize.
import hashlib

data = bytes(range(256)) * 3
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'blake2b', 'blake2s']:
    one = hashlib.new(name, data).hexdigest()
    h = hashlib.new(name)
    for i in range(0, len(data), 37):
        h.update(data[i:i + 37])
    c = h.copy()
    c.update(b'more')
    print(name, one == h.hexdigest(), h.digest() == h.digest(), c.hexdigest() != h.hexdigest(), h.digest().hex() == one)
h = hashlib.sha256(bytearray(b'ab'))
h.update(memoryview(b'cd'))
print(h.hexdigest() == hashlib.sha256(b'abcd').hexdigest())
s = hashlib.shake_128(b'abc')
print(s.hexdigest(1), s.hexdigest(33), s.digest(0), s.copy().digest(4), s.digest_size)
print(hashlib.shake_256(b'').hexdigest(64))
for t in ["hashlib.sha256('abc')", "hashlib.sha256().update('x')", "hashlib.new('nope')",
          "hashlib.sha256(string=b'a').hexdigest()", "hashlib.md5(b'', usedforsecurity=False).hexdigest()"]:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
