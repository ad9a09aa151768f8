# %c takes an int code point or a one-character str.
print("%c%c%c" % (72, "i", 0x1F600), "[%3c] [%-3c]" % ("x", 65))
for arg in ("ab", "", 1.5, None, -1, 0x110000, 2**80):
    try:
        print("%c" % (arg,))
    except (TypeError, OverflowError) as e:
        print(repr(arg), type(e).__name__ + ":", e)
