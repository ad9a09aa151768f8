# repr, str and ascii of builtin values and user classes
values = ["plain", "quote'd", 'dq"', "both'\"", "tab\tnew\nline", "é ü", "snake 🐍", b"b\xff", 1.0, 1e16, -0.0, None, [1, "a"], (1,), {"k": "v"}]
for v in values:
    print(repr(v), "|", str(v), "|", ascii(v))

class Both:
    def __repr__(self):
        return "Both()"
class OnlyRepr:
    def __repr__(self):
        return "only-repr ü"
print(repr("\x00\x7f"), ascii("\x00\x7f"))
print(str(Both()), repr(OnlyRepr()), str(OnlyRepr()), ascii(OnlyRepr()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
