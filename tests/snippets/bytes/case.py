def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'hello WORLD 123 \xe9t\xc9 mIxEd-case_x'
print(b.lower())
print(b.upper())
print(b.swapcase())
print(b.capitalize())
print(b.title())
print(b"they're bill's 1st".title(), b'ABC def'.capitalize(), b''.title(), b'1a'.capitalize())
print(bytearray(b'aBc').upper(), bytearray(b'aBc').lower(), type(bytearray(b'x').title()).__name__)
t(lambda: b.lower(1))
t(lambda: bytearray(b).upper(None))
t(lambda: b.title(x=1))
