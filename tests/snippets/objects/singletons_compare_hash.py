print(None == None, None is None, None != False, None.__eq__(None), None.__eq__(0), None.__ne__(None))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(NotImplemented) == hash(NotImplemented))
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
try:
    ... < ...
except TypeError as e:
    print("TypeError:", e)
print(str(None), str(...), format(None), f"{None!r:>6}", format(..., ""))
try:
    format(None, "d")
except TypeError as e:
    print("TypeError:", e)
print(type(None).__name__, type(None).__qualname__, type(None).__module__, type(...).__qualname__)
print(NotImplemented.__reduce__(), Ellipsis.__reduce__())
print([x for x in (None, ..., NotImplemented)], {None: 1}[None])
print(None.__doc__, type(None).__doc__)
