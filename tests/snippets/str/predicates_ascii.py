names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
samples = ["", "abc", "ABC", "Abc", "Abc Def", "abc123", "123", "12.5", " ", "\t\n", "a b", "_x", "1x", "x1", "\x7f", "~!@", "Hello World",
           "HELLO WORLD", "hello world", "A1", "a1", "\x00", "if", "None"]
for n in names:
    print(n.ljust(13), "".join("1" if getattr(s, n)() else "0" for s in samples))
