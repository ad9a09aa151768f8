# chr() and ord() across the Unicode range, and their errors
print(chr(65), chr(0x263A), chr(0x1F600) == "\U0001F600", ord("A"), ord("\u263a"), ord("\U0001F600"), ord(b"a"))
print(chr(0), repr(chr(0x10FFFF)), ord(chr(0xD800)))
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: chr(2**70), lambda: ord("ab"),
             lambda: ord(""), lambda: ord(1), lambda: ord(b"ab"), lambda: chr(1.5)]:
    try:
        call()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
