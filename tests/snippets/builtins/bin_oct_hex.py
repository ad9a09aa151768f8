# bin(), oct(), hex(): prefixes, signs, big ints, __index__
print(bin(0), bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255), hex(0))
print(bin(2**70), hex(-2**64), oct(2**63), hex(True))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for f in [bin, oct, hex]:
    try:
        f(1.5)
    except TypeError as e:
        print("TypeError:", e)
try:
    hex("a")
except TypeError as e:
    print("TypeError:", e)
