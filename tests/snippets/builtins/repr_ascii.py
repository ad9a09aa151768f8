# repr() and ascii() of strings with quotes, escapes and non-ASCII characters
s = "it's \"q\" \t\n é ☺ \U0001F600 \x00"
print(repr(s))
print(ascii(s))
print(ascii(["é", b"\xff", 1.5]), repr(None), repr(...), ascii("plain"))
class R:
    def __repr__(self):
        return "R(é)"
print(repr(R()), ascii(R()))
