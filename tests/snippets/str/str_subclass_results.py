class S(str):
    pass
s = S("Hello World")
for name in ["lower", "upper", "title", "strip", "casefold", "swapcase", "capitalize"]:
    r = getattr(s, name)()
    print(name, type(r).__name__, r)
print(type(s[0]).__name__, type(s[:]).__name__, type(s + "").__name__, type(s * 1).__name__, type(str(s)).__name__)
print(type(s.replace("x", "y")).__name__, type(s.center(3)).__name__, type(s.zfill(3)).__name__, type(s.expandtabs()).__name__)
print([type(p).__name__ for p in s.split()], [type(p).__name__ for p in S("ab").split("x")])
print(type(s.removeprefix("Q")).__name__, type(s.rstrip("Q")).__name__, type("".join([s])).__name__, type(s.format()).__name__)
print(s == "Hello World", hash(s) == hash("Hello World"), isinstance(s, str), S.__mro__[1].__name__)
