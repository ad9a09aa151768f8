import re

# Every code point below U+0600 (and some beyond) against its case variants under re.I.
out = []
for c in list(range(0x600)) + list(range(0x1e00, 0x1f00)) + list(range(0x2100, 0x2200)) + list(range(0xff00, 0xff60)):
    ch = chr(c)
    p = re.compile(re.escape(ch), re.I)
    cls = re.compile('[' + re.escape(ch) + ']', re.I)
    variants = {ch.lower(), ch.upper(), ch.casefold(), ch.title()}
    hits = sorted(v for v in variants if len(v) == 1 and p.fullmatch(v))
    chits = sorted(v for v in variants if len(v) == 1 and cls.fullmatch(v))
    if hits != [ch] or chits != [ch]:
        out.append((hex(c), [hex(ord(v)) for v in hits], [hex(ord(v)) for v in chits]))
print(len(out))
for row in out:
    print(row)
