# The _md5/_sha1/_sha256/_sha512/_sha3/_blake2 modules themselves.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

for m in [_md5, _sha1, _sha256, _sha512, _sha3, _blake2]:
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('__')))
h = _sha512.sha512(b'abc')
print(type(h), h.name, h.digest_size, h.block_size, sorted(n for n in dir(h) if not n.startswith('__')))
print(type(_sha512.sha384()), _sha256.sha224().name, _sha1.sha1().name, _md5.md5().name, type(_md5.md5()).__module__)
print(_sha512.SHA384Type, _sha256.SHA224Type, _sha256.SHA256Type, _sha1.SHA1Type, _md5.MD5Type)
print(_sha3.sha3_224, _sha3.implementation, _sha3.keccakopt, _sha3.sha3_224()._capacity_bits, _sha3.shake_128()._rate_bits, _sha3.sha3_256()._suffix)
print(_blake2.blake2b, _blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE)
for t in ["_md5.MD5Type()", "_sha512.sha512('abc')", "_sha1.sha1().update(b'', b'')"]:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
