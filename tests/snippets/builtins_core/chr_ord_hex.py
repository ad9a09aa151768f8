# chr/ord and integer formatting builtins
print(ord("a"), ord("€"), ord("🐍"), chr(97), chr(8364), chr(0x1F40D))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**64))
class Indexable:
    def __index__(self):
        return 10
print(hex(Indexable()), bin(Indexable()), repr(chr(Indexable())))
for call in [lambda: ord("ab"), lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000),
             lambda: hex(1.5), lambda: ord(5), lambda: chr("a")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(ord(b"a"), ord(bytearray(b"z")))
