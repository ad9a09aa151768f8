breaks = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\n\r", "\x1f", "\u0085"]
for br in breaks:
    s = "a" + br + "b" + br
    print(ascii(br), ascii(s.splitlines()), ascii(s.splitlines(True)), len(("x" + br).splitlines()))
