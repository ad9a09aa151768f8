def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = b'a\tbc\tdef\tg'
print(b.expandtabs(), b.expandtabs(4), b.expandtabs(1), b.expandtabs(0), b.expandtabs(-1), b.expandtabs(tabsize=2))
print(b'x\ny\tz'.expandtabs(4), b'ab\r\tc'.expandtabs(4), b'\t'.expandtabs(3), bytearray(b'\tq').expandtabs(2))
t(lambda: b.expandtabs('a'))
t(lambda: b.expandtabs(2, 3))
t(lambda: b.expandtabs(tab=2))
t(lambda: b.expandtabs(2**40))
