import _sre

print(sorted(n for n in dir(_sre) if not n.startswith('__')))
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), repr(_sre.copyright))
print([c for c in range(0x300) if _sre.unicode_iscased(c)][:10], sum(_sre.unicode_iscased(c) for c in range(0x3000)))
print(sum(_sre.ascii_iscased(c) for c in range(300)))
print(''.join(chr(_sre.ascii_tolower(c)) for c in range(0x40, 0x80)))
print([hex(_sre.unicode_tolower(c)) for c in (0x41, 0xC0, 0x130, 0x212A, 0x1E9E, 0x10400, 0x3A3)])
total = 0
for c in range(0x110000):
    total = (total * 31 + _sre.unicode_tolower(c)) % 1000000007
print(total)
for f in (_sre.ascii_iscased, _sre.unicode_tolower):
    for args in [(), ('a',), (2**40,)]:
        try:
            f(*args)
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
try:
    _sre.compile('a', 0, (1,), 0, {}, ())
except TypeError as e:
    print('TypeError', e)
try:
    _sre.compile('a', 0, [2**33], 0, {}, ())
except OverflowError as e:
    print('OverflowError', e)
