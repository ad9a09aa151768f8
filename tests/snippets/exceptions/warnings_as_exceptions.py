print([c.__name__ for c in Warning.__subclasses__()])
w = UserWarning("careful", 1)
print(repr(w), str(w), w.args)
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), EncodingWarning.__mro__[1].__name__)
try:
    raise RuntimeWarning("rw")
except Warning as e:
    print(type(e).__name__, e)
print(repr(ResourceWarning()), repr(BytesWarning("b")), repr(SyntaxWarning("s", 1)))
