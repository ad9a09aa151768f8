seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
def rbytes(alphabet, maxlen):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))


alphabet = b'aZ1 _-\t\xe9\x7f\'z'
for i in range(150):
    s = rbytes(alphabet, 7)
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(),
          ''.join('1' if getattr(s, m)() else '0' for m in ('isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper')),
          s.center(9, b'.'), s.zfill(6), s.expandtabs(3), s.hex(':', 2))
