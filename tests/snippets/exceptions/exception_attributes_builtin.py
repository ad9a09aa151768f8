try:
    {}["k"]
except KeyError as e:
    print(repr(e), e.args)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(repr(e), e.name, e.path)
try:
    "x".no_attr
except AttributeError as e:
    print(repr(e), e.name, e.obj)
try:
    undefined
except NameError as e:
    print(repr(e), e.name)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(repr(e), e.encoding, e.start, e.end, e.reason)
try:
    int("z")
except ValueError as e:
    print(repr(e))
e = OSError(2, "No such file or directory", "f.txt")
print(repr(e), str(e), e.errno, type(e).__name__)
