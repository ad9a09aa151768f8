s = "tab\tnew\\n quote\" apos' \x41 \101 \u00e9 \U0001F600 \N{GREEK SMALL LETTER ALPHA}"
print(s)
print(repr(s))
print(len("\n"), len(r"\n"), r"raw\tstring", len("\U0001F600"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\x80\xff"))
print(repr("\u200b\u2028 zero width"), repr("line\r\n"), "\a\b\f\v" == "\x07\x08\x0c\x0b")
print("""triple
quoted""", '''single
triple''')
print("adjacent" " literals" ' join')
print("\
continued")
