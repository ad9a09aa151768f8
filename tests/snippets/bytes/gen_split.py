seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
def rbytes(alphabet, maxlen):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))


for i in range(200):
    s = rbytes(b'a,b \t\n', 10)
    sep = [None, b',', b'a', b', ', b'\n'][rnd(5)]
    n = rnd(5) - 2
    print(repr(s), repr(sep), n, s.split(sep, n), s.rsplit(sep, n), s.splitlines(bool(n & 1)))
    if sep:
        print(' ', s.partition(sep), s.rpartition(sep), s.replace(sep, b'<>', n), s.strip(sep), s.lstrip(sep), s.rstrip(sep))
