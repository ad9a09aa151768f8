# Counts per property over the BMP, the SMP and plane 14 (catches table differences cheaply).
counts = {}
names = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "islower", "isupper", "istitle", "isidentifier", "isalnum"]
for n in names:
    counts[n] = 0
lower_changes = upper_changes = multi = 0
for cp in list(range(0x20000)) + list(range(0xE0000, 0xE0200)):
    c = chr(cp)
    for n in names:
        if getattr(c, n)():
            counts[n] += 1
    u = c.upper()
    if u != c:
        upper_changes += 1
        if len(u) > 1:
            multi += 1
    if c.lower() != c:
        lower_changes += 1
for n in names:
    print(n, counts[n])
print(lower_changes, upper_changes, multi)
