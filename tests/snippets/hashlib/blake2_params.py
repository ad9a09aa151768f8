# BLAKE2 keys, salts, personalization and tree parameters, and their validation errors.
import hashlib

print(hashlib.blake2b(b'hi', key=b'key', salt=b'salt', person=b'me', digest_size=20, fanout=2, depth=3,
                      leaf_size=4096, node_offset=5, node_depth=1, inner_size=32).hexdigest())
print(hashlib.blake2s(b'hi', key=b'key', salt=b'salt', person=b'me', digest_size=20, fanout=2, depth=3,
                      leaf_size=4096, node_offset=5, node_depth=1, inner_size=16, last_node=True).hexdigest())
print(hashlib.blake2b(b'x' * 200, key=b'k' * 64).hexdigest(), hashlib.blake2s(key=b'k').hexdigest())
for ds in [1, 16, 32, 64]:
    print(ds, hashlib.blake2b(b'data', digest_size=ds).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
for t in ["hashlib.blake2b(digest_size=0)", "hashlib.blake2s(digest_size=33)", "hashlib.blake2b(key=b'x' * 65)",
          "hashlib.blake2b(salt=b'x' * 17)", "hashlib.blake2s(person=b'x' * 9)", "hashlib.blake2b(fanout=256)",
          "hashlib.blake2b(depth=0)", "hashlib.blake2b(node_offset=-1)", "hashlib.blake2s(node_offset=2**48)",
          "hashlib.blake2b(leaf_size=2**32)", "hashlib.blake2b(inner_size=65)", "hashlib.blake2b(node_depth=256)",
          "hashlib.blake2b(b'a', b'b')", "hashlib.blake2b(data=b'')", "hashlib.blake2b(key='a')", "hashlib.blake2b(digest_size=1.5)"]:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
