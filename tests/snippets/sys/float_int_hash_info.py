import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(len(fi), fi.n_fields, type(fi).__name__, repr(fi)[:40])
ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold, len(ii))
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.cutoff, len(hi))
print(hash(float("inf")) == hi.inf, hash(2**61 - 1) == 0)
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.float_repr_style, sys.api_version)
for t in (type(fi), type(ii), type(hi)):
    try:
        t.x = 1
    except TypeError as ex:
        print("TypeError:", ex)
