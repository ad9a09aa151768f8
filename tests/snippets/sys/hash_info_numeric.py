# the numeric fields of sys.hash_info match CPython's numeric hashing
import sys
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag)
print(hash(float("inf")) == h.inf, hash(2**61 - 1) == 0, hash(h.modulus + 5) == 5, hash(-1))
