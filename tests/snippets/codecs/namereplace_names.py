# The namereplace error handler writes \N{NAME} with unicodedata's names; characters without a name
# (controls, surrogates, unassigned) get backslashreplace's form.
import codecs
s = "caf\u00e9 \U0001F600 \x80 \ud800 \uac00 \u4e00 \U000e0100 \u0378 \u2603"
for enc in ("ascii", "latin-1", "cp1252"):
    print(enc, s.encode(enc, "namereplace"))
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "a\u00e9\u00e8b", 1, 3, "x")))
print(codecs.lookup_error("namereplace") is codecs.namereplace_errors)
try:
    codecs.namereplace_errors(UnicodeDecodeError("ascii", b"\xff", 0, 1, "x"))
except TypeError as e:
    print("TypeError:", e)
print("\u03a3x".encode("utf-16-le", "namereplace"))
print("tab\t\u0085".encode("ascii", "namereplace"))
