"""Records identifiers.txt: the code point ranges CPython 3.11 accepts as identifier start
(XID_Start plus '_') and identifier continuation (XID_Continue), as "S lo hi" / "C lo hi" lines
(hex), and "U lo hi" for the code points unassigned in its Unicode version (which .NET may know).
Run: /usr/bin/python3.11 tests/Krait.Syntax.Tests/Tokenizer/record_identifiers.py"""
import os, sys, unicodedata

def ranges(pred):
    out, start = [], None
    for cp in range(sys.maxunicode + 2):
        ok = cp <= sys.maxunicode and pred(cp)
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            out.append((start, cp - 1))
            start = None
    return out

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'identifiers.txt'), 'w') as f:
    f.write(f"# unicodedata {unicodedata.unidata_version}\n")
    for lo, hi in ranges(lambda c: chr(c).isidentifier()):
        f.write(f"S {lo:x} {hi:x}\n")
    for lo, hi in ranges(lambda c: ('a' + chr(c)).isidentifier()):
        f.write(f"C {lo:x} {hi:x}\n")
    for lo, hi in ranges(lambda c: unicodedata.category(chr(c)) == 'Cn'):
        f.write(f"U {lo:x} {hi:x}\n")
