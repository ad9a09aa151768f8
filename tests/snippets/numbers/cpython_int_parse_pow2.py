# From CPython's test_int (IntStrDigitLimitsTests): parsing a huge power-of-two-base literal is
# linear (a quadratic parse took minutes), and str() of it fails fast at the digit limit.
import sys

x = int(f'0x{"c" * 300_000}', base=16)
print(x.bit_length(), x % 1_000_000_007, x & 0xffff, x >> 1_199_990)
try:
    str(x)
except ValueError as e:
    print(e)
for base, digits in [(2, '10' * 5000), (8, '7_6' * 3000), (4, '3120' * 2000), (32, 'vV0' * 2000)]:
    v = int(digits, base)
    print(base, v.bit_length(), v % 998_244_353)
print(int('0b' + '1' * 100, 0), int('-0o17', 0), int('0x_dead_BEEF', 16))
print(int('0' * 50 + 'f', 16), int('_'.join('ff' * 3), 16))
for bad in ('0x', 'ff_', '_ff', 'f__f', 'fg'):
    try:
        int(bad, 16)
    except ValueError as e:
        print(e)
