def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


tests = [b'', b'abc', b'ABC', b'Abc', b'123', b'abc123', b' \t\n\r\x0b\x0c', b'\x1c', b'Hello World', b'Hello world',
         b'\xe9', b'\x7f', b'a b', b'A1', b'1A', b'a-B']
for s in tests:
    print(s, [m for m in ('isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper')
              if getattr(s, m)()], [m for m in ('isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper') if getattr(bytearray(s), m)()])
t(lambda: b'a'.isalpha(1))
t(lambda: bytearray(b'a').isdigit(1))
