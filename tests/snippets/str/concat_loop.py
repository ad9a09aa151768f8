out = ""
for i in range(3000):
    out += chr(97 + i % 26)
    if i % 1000 == 999:
        print(len(out), out[-5:], out.count("a"))
print(out[:30], len(out), out.upper()[-3:])
parts = "x"
for i in range(12):
    parts = parts + parts
print(len(parts))
a = "start"
b = a
for i in range(300):
    a += "."
print(len(a), len(b), b)
c = a
a += "!"
c += "?"
print(a[-3:], c[-3:], len(a), len(c))
s = "😀" * 100
for i in range(100):
    s += "\ud83d"
print(len(s), ascii(s[-2:]))
