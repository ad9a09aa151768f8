# random's module-level functions after seeding with ints, strs, bytes, floats and big ints.
import random

for seed in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 3, 2**300 + 7, "hello", "", b"bytes", bytearray(b"ba"), 3.5, -0.0, True, None.__class__.__name__]:
    random.seed(seed)
    print(repr(seed)[:30], [random.random() for _ in range(3)], random.getrandbits(70), random.randrange(1000))
random.seed(12345, version=1)
print(random.random())
random.seed("abc", version=1)
print(random.random())
