for args in [(), ("k",), (1,), ("a", "b"), ((1, 2),), ("",)]:
    e = KeyError(*args)
    print(repr(str(e)), repr(e))
d = {}
try:
    d["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print(e, e.args)
class K(KeyError):
    pass
print(str(K("x")), repr(K("x")))
print(isinstance(KeyError(), LookupError), KeyError.__mro__[1:])
