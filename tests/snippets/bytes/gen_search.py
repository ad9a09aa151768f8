seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
def rbytes(alphabet, maxlen):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))


lines = []
for i in range(300):
    s = rbytes(b'ab ', 9)
    sub = rbytes(b'ab', 3)
    start = rnd(13) - 6 if rnd(3) else None
    end = rnd(13) - 6 if rnd(3) else None
    r = (s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end),
         s.startswith(sub, start, end), s.endswith(sub, start, end), bytearray(s).find(sub, start, end))
    lines.append(f'{s!r} {sub!r} {start} {end} {r}')
print('\n'.join(lines))
