seed = 3
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'Idx({self.v})'
class BytesLike:
    def __bytes__(self): return b'BL'
    def __repr__(self): return 'BytesLike()'
vals = [None, 0, 3, -1, 2**64, 1.5, 'txt', 'é', b'ab', bytearray(b'cd'), memoryview(b'ef'), [1, 2], (3, 300), [Idx(5)], Idx(2),
        BytesLike(), range(3), {4: 0}, iter([6]), [b'x'], True, object]
encs = [None, 'ascii', 'utf-8', 'latin-1', 'bogus', 5]
errs = [None, 'strict', 'ignore', 7]
for i in range(400):
    ctor = [bytes, bytearray][rnd(2)]
    args = []
    kw = {}
    n = rnd(4)
    if n >= 1: args.append(vals[rnd(len(vals))])
    if n >= 2:
        e = encs[rnd(len(encs))]
        if e is not None:
            if rnd(2): kw['encoding'] = e
            else: args.append(e)
    if n >= 3:
        e = errs[rnd(len(errs))]
        if e is not None:
            if rnd(2) or 'encoding' in kw: kw['errors'] = e
            else: args.append(e)
    try:
        r = repr(ctor(*args, **kw))
    except Exception as ex:
        r = type(ex).__name__ + ': ' + str(ex)
    print(i, ctor.__name__, repr(args)[:60] if not any(isinstance(a, (memoryview, type(iter([])))) for a in args) else '<mv/iter>', kw, r)
