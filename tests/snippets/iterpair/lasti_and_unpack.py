# The iterator's __next__ sees its caller at FOR_ITER (f_lasti); items that are not pairs still reach
# UNPACK_SEQUENCE's errors with its traceback position; tuples and lists of the right length unpack.
import sys, dis

def caller_lasti():
    while True:
        f = sys._getframe(1)
        yield f.f_lasti

def loop():
    n = 0
    for i, x in enumerate(caller_lasti()):
        if i == 2000:
            return x
    return n

lasti = loop()
op = [ins.opname for ins in dis.get_instructions(loop) if ins.offset == lasti]
print(op)

def unpack_all(seq):
    t = 0
    for a, b in seq:
        t += a + b
    return t

print(unpack_all([(1, 2)] * 2000), unpack_all([[1, 2]] * 2000), unpack_all(["ab"] * 1 and [(i, i) for i in range(2000)]))
for bad in [[(1, 2)] * 1500 + [(1, 2, 3)], [(1, 2)] * 1500 + [(1,)], [(1, 2)] * 1500 + [5]]:
    try:
        unpack_all(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno - unpack_all.__code__.co_firstlineno)

def three(seq):
    t = 0
    for a, b, c in seq:
        t += a * b * c
    return t

print(three([(1, 2, 3)] * 3000), three(zip(range(2000), range(2000), range(2000))))
d = {i: str(i) for i in range(2000)}
print(sorted((v, k) for k, v in d.items())[:2], [k for k, _ in sorted(d.items(), reverse=True)][:3])
