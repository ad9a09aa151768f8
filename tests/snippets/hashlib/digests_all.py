# Every guaranteed algorithm over inputs around block boundaries, through hashlib.new and the named constructors.
import hashlib

print(sorted(hashlib.algorithms_guaranteed))
for name in sorted(hashlib.algorithms_guaranteed):
    for data in [b'', b'abc', b'x' * 63, b'y' * 64, b'z' * 65, b'q' * 127, b'w' * 128, b'e' * 129, bytes(range(256)) * 5]:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(20) if name.startswith('shake') else h.hexdigest())
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size)
