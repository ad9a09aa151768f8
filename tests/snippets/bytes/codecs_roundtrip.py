def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


text = 'Grüße, 𝄞 €!'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'latin-1', 'ascii']:
    try:
        b = bytes(text, enc)
    except UnicodeEncodeError as e:
        print(enc, 'encode error', e.reason, e.start, e.end)
        b = bytes(text, enc, 'replace')
    print(enc, b.hex(' ', 4), b.decode(enc) == text, bytearray(b).decode(enc, 'replace'), bytes(bytearray(text, enc, 'ignore')))
print(b'\xff\xfeA\x00'.decode('utf-16'), bytearray(b'\x00A').decode('utf-16-be'), b'A\x00\x00\x00'.decode('utf-32-le'))
t(lambda: b'\x00'.decode('utf-16'))
t(lambda: b'\xd8\x00'.decode('utf-16-be'))
t(lambda: bytearray(b'\x80abc').decode('utf-8', 'strict'))
t(lambda: bytes('x', 'utf-8', 'nonexistent-handler'))
print(b'a\x80b'.decode('latin-1'), b'\xe9'.decode('iso-8859-1'), b'\xe9'.decode('L1'), b'x'.decode('UTF8'), b'x'.decode('u8'))
