seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
def rb(maxlen=6):
    return bytes(b'ab -\t\nA1'[rnd(8)] for _ in range(rnd(maxlen + 1)))
def rarg():
    k = rnd(12)
    if k == 0: return None
    if k == 1: return rnd(300) - 20
    if k == 2: return 'a'
    if k == 3: return bytearray(rb(2))
    if k == 4: return memoryview(rb(2))
    if k == 5: return rnd(10) - 3
    if k == 6: return 1.5
    if k == 7: return (rb(2), rb(1))
    if k == 8: return b''
    return rb(2)
methods = ['count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith', 'split', 'rsplit', 'splitlines', 'partition',
           'rpartition', 'join', 'strip', 'lstrip', 'rstrip', 'removeprefix', 'removesuffix', 'replace', 'translate', 'center',
           'ljust', 'rjust', 'zfill', 'expandtabs', 'lower', 'upper', 'title', 'capitalize', 'swapcase', 'isalnum', 'isascii',
           'decode', 'hex', '__contains__', '__getitem__', '__add__', '__mul__', '__mod__', '__eq__', '__lt__']
mut = ['append', 'extend', 'insert', 'pop', 'remove', '__setitem__', '__delitem__', '__iadd__', '__imul__']
def show(v):
    if isinstance(v, memoryview):
        return 'mv' + repr(v.tobytes())
    if isinstance(v, (list, tuple)):
        return type(v).__name__ + '[' + ', '.join(show(x) for x in v) + ']'
    return repr(v)
for i in range(1500):
    kind = rnd(3)
    s = rb()
    obj = bytearray(s) if kind == 1 else s
    name = (methods + mut)[rnd(len(methods) + (len(mut) if kind == 1 else 0))]
    args = [rarg() for _ in range(rnd(4))]
    if name.startswith('__'):
        args = [rarg() for _ in range(2 if name == '__setitem__' else 1)]
    if name == 'join' and args:
        args = [[rb(2), rb(1)] if rnd(3) else args[0]]
    try:
        r = getattr(obj, name)(*args)
        out = show(r)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print(i, show(obj), name, show(args), '->', out)
