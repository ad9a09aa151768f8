# str.lower/upper (and the other case maps) from hot code: ASCII text with and without letters to change, digits
# and punctuation, non-ASCII and non-BMP text, special casing, final sigma, empty strings, subclass receivers
# (the result is an exact str), and results that are new objects even when nothing changes.


class S(str):
    pass


class U(str):
    def upper(self):
        return "U.upper"


def maps(s):
    lo, up = s.lower(), s.upper()
    return (lo, up, type(lo).__name__, type(up).__name__, lo is s and s != "", up is s and s != "", lo == s, up == s,
            s.casefold(), s.swapcase(), s.capitalize(), s.title())


texts = ["abc", "ABC", "aBc-12!", "", "123 .,", "\u00c9t\u00c9", "stra\u00dfe", "\u03a3\u03b1\u03a3 \u039f\u03a3",
         "\U0001d400bc", "\ufb01x", "\u0130i", S("MiXed"), S(""), U("abc"), "a" * 40 + "Z"]
seen = None
for i in range(1500):
    r = [maps(t) for t in texts]
    if seen is None:
        seen = r
assert seen == r
for t, m in zip(texts, r):
    print(ascii(t), ascii(m))
