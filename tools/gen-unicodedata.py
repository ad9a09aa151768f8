#!/usr/bin/python3.11
"""Writes src/Krait.Runtime/Modules/Unicodedata/unicodedata.bin: the Unicode 14.0.0 database that CPython 3.11's
unicodedata module answers from, read from the oracle's own unicodedata (data, not code), plus the 3.2.0 records
that differ (ucd_3_2_0). Name aliases and named sequences come from /usr/share/unicode (package unicode-data),
kept only where the oracle's lookup() knows them (so the set is exactly 14.0's).

Layout (little-endian), raw-deflated:
  strings section: categories, bidirectional names, east-asian widths (count, then length-prefixed UTF-8)
  int shift, int nrec, nrec x (byte cat, byte bidi, byte combining, byte eaw, byte mirrored),
  int n1, n1 x ushort index1, int n2, n2 x ushort index2
  int n, n x (int cp, str decomposition)
  int n, n x (int cp, double numeric, sbyte decimal, sbyte digit)
  int n, n x (int start, int end, str prefix)        algorithmic names: prefix + "-%04X"
  int n, n x (int cp, str name)
  int n, n x (str alias, int cp)
  int n, n x (str name, int count, count x int cp)   named sequences
  int n, n x (int a, int b, int composite)           canonical compositions (NFC primary composites)
  int n, n x (int cp, byte cat (255: unassigned), byte bidi, byte eaw, byte mirrored, sbyte decimal, double numeric)
Usage: /usr/bin/python3.11 tools/gen-unicodedata.py
"""
import os, re, struct, sys, unicodedata as U, zlib

assert U.unidata_version == "14.0.0"
OLD = U.ucd_3_2_0
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "Krait.Runtime", "Modules", "Unicodedata", "unicodedata.bin")

out = bytearray()
def i32(v): out.extend(struct.pack("<i", v))
def s(v):
    b = v.encode()
    out.extend(struct.pack("<H", len(b))); out.extend(b)

cats, bidis, eaws = [], [""], []
def idx(lst, v):
    if v not in lst: lst.append(v)
    return lst.index(v)

records, per_cp = {}, []
decomp, numeric, names = [], [], []
for cp in range(0x110000):
    c = chr(cp)
    rec = (idx(cats, U.category(c)), idx(bidis, U.bidirectional(c)), U.combining(c), idx(eaws, U.east_asian_width(c)), U.mirrored(c))
    per_cp.append(records.setdefault(rec, len(records)))
    d = U.decomposition(c)
    if d: decomp.append((cp, d))
    n = U.numeric(c, None)
    if n is not None: numeric.append((cp, n, U.decimal(c, -1), U.digit(c, -1)))
    nm = U.name(c, None)
    if nm is not None: names.append((cp, nm))

# Algorithmic names: runs of PREFIX-<hex of the code point>, and the Hangul syllables.
ranges, plain = [], []
for cp, nm in names:
    m = re.fullmatch(r"(.*)-([0-9A-F]{4,6})", nm)
    if m and int(m.group(2), 16) == cp:
        if ranges and ranges[-1][2] == m.group(1) and ranges[-1][1] == cp - 1: ranges[-1][1] = cp
        else: ranges.append([cp, cp, m.group(1)])
    elif 0xAC00 <= cp <= 0xD7A3 and nm.startswith("HANGUL SYLLABLE "):
        pass
    else:
        plain.append((cp, nm))

aliases = []
for line in open("/usr/share/unicode/NameAliases.txt"):
    line = line.split("#")[0].strip()
    if not line: continue
    cp, alias, kind = line.split(";")
    try:
        if U.lookup(alias) == chr(int(cp, 16)): aliases.append((alias, int(cp, 16)))
    except KeyError:
        pass
seqs = []
for line in open("/usr/share/unicode/NamedSequences.txt"):
    line = line.split("#")[0].strip()
    if not line: continue
    name, cps = line.split(";")
    cps = [int(x, 16) for x in cps.split()]
    try:
        if U.lookup(name) == "".join(map(chr, cps)): seqs.append((name, cps))
    except KeyError:
        pass

comps = []
for cp, d in decomp:
    if d.startswith("<"): continue
    parts = [int(x, 16) for x in d.split()]
    if len(parts) == 2 and U.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
        comps.append((parts[0], parts[1], cp))

old = []
for cp in range(0x110000):
    c = chr(cp)
    oc = OLD.category(c)
    # CPython marks characters unassigned in 3.2.0 with category_changed 0 (they read as Cn).
    unassigned = oc == "Cn" and U.category(c) != "Cn"
    orec = (255 if unassigned else idx(cats, oc), idx(bidis, OLD.bidirectional(c)), idx(eaws, OLD.east_asian_width(c)),
            OLD.mirrored(c), OLD.decimal(c, -1), OLD.numeric(c, -1.0))
    nrec = (idx(cats, U.category(c)), idx(bidis, U.bidirectional(c)), idx(eaws, U.east_asian_width(c)),
            U.mirrored(c), U.decimal(c, -1), U.numeric(c, -1.0))
    if orec != nrec: old.append((cp,) + orec)

for lst in (cats, bidis, eaws):
    i32(len(lst))
    for v in lst: s(v)
rec_list = sorted(records, key=records.get)
best = None
for shift in range(4, 10):
    size = 1 << shift
    blocks, index1, index2 = {}, [], []
    for start in range(0, 0x110000, size):
        blk = tuple(per_cp[start:start + size])
        if blk not in blocks:
            blocks[blk] = len(blocks); index2.extend(blk)
        index1.append(blocks[blk])
    total = 2 * (len(index1) + len(index2))
    if best is None or total < best[0]: best = (total, shift, index1, index2)
_, shift, index1, index2 = best
i32(shift); i32(len(rec_list))
for r in rec_list: out.extend(struct.pack("<5B", *r))
i32(len(index1)); out.extend(struct.pack(f"<{len(index1)}H", *index1))
i32(len(index2)); out.extend(struct.pack(f"<{len(index2)}H", *index2))
i32(len(decomp))
for cp, d in decomp: i32(cp); s(d)
i32(len(numeric))
for cp, n, de, di in numeric: i32(cp); out.extend(struct.pack("<dbb", n, de, di))
i32(len(ranges))
for a, b, p in ranges: i32(a); i32(b); s(p)
i32(len(plain))
for cp, nm in plain: i32(cp); s(nm)
i32(len(aliases))
for a, cp in aliases: s(a); i32(cp)
i32(len(seqs))
for nm, cps in seqs:
    s(nm); i32(len(cps))
    for cp in cps: i32(cp)
i32(len(comps))
for a, b, c in comps: i32(a); i32(b); i32(c)
i32(len(old))
for cp, cat, bidi, eaw, mir, dec, num in old: i32(cp); out.extend(struct.pack("<BBBBbd", cat, bidi, eaw, mir, dec, num))

comp = zlib.compressobj(9, zlib.DEFLATED, -15)
data = comp.compress(bytes(out)) + comp.flush()
with open(OUT, "wb") as fh: fh.write(data)
print(f"{len(rec_list)} records, {len(decomp)} decompositions, {len(numeric)} numerics, {len(ranges)} name ranges, "
      f"{len(plain)} names, {len(aliases)} aliases, {len(seqs)} sequences, {len(comps)} compositions, {len(old)} 3.2.0 changes; "
      f"{len(out)} bytes raw, {len(data)} compressed", file=sys.stderr)
