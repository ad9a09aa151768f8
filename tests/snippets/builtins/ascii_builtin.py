# ascii() escapes non-ASCII with \x, \u, \U
print(ascii("abc"), ascii("é"), ascii("\u20ac"), ascii("\U0001F600"), ascii(b"\xe9"), ascii(["ü"]))
print(ascii({"k": "ß"}), ascii(1), ascii(None), ascii("\ud800"))
