def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'caf\xc3\xa9'
ba = bytearray(b'x"y')
print(f'{b}', f'{b!r}', f'{b!s}', f'{b!a}', f'{ba}', f'{ba!r}', f'{b:}', str(b), ascii(ba))
print('%s %r %a' % (b, ba, b), '{} {!r}'.format(b, ba), format(b, ''), repr([b, ba]))
t(lambda: format(b, '10'))
t(lambda: f'{b:>10}')
t(lambda: format(ba, 'x'))
t(lambda: format(memoryview(b'a'), 's'))
print(format(memoryview(b'a'), '').startswith('<memory at'))
