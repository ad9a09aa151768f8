def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'  \t hello \n '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(None), b'xxhixx'.strip(b'x'), b'xyhiyx'.strip(b'xy'))
print(b'xxhixx'.lstrip(b'x'), b'xxhixx'.rstrip(b'x'), b''.strip(), b'xx'.strip(b'x'), b'abc'.strip(b''))
print(b'\x0b\x0ca\x1c'.strip(), b'aba'.strip(bytearray(b'a')), b'aba'.strip(memoryview(b'a')))
print(bytearray(b'  x ').strip(), bytearray(b'xyx').lstrip(b'x'), bytearray(b'xyx').rstrip(b'x'))
s = b'same'
print(s.strip() is s, s.strip(b'z') is s)
t(lambda: b.strip('a'))
t(lambda: b.strip(1))
t(lambda: b.lstrip(b'a', b'b'))
t(lambda: b.rstrip(chars=b'a'))
t(lambda: bytearray(b).strip([32]))
