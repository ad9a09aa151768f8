# io.UnsupportedOperation: what raises it and what it is
import io
U = io.UnsupportedOperation
print(U.__name__, U.__module__, U.__bases__, issubclass(U, OSError), issubclass(U, ValueError))
cases = {
    "BytesIO.fileno": lambda: io.BytesIO().fileno(),
    "StringIO.fileno": lambda: io.StringIO().fileno(),
    "StringIO.detach": lambda: io.StringIO().detach(),
    "TextIOBase.read": lambda: io.TextIOBase().read(),
    "BufferedIOBase.read1": lambda: io.BufferedIOBase().read1(),
    "IOBase.seek": lambda: io.IOBase().seek(0),
    "IOBase.truncate": lambda: io.IOBase().truncate(),
    "reader.write": lambda: io.BufferedReader(io.BytesIO()).write(b""),
    "text not writable": lambda: io.TextIOWrapper(io.BufferedReader(io.BytesIO()), encoding="utf-8").write("x"),
    "text not seekable": lambda: io.TextIOWrapper(io.BufferedWriter(io.RawIOBase()), encoding="utf-8").tell(),
}
for name, f in cases.items():
    try:
        f()
    except U as e:
        print(name, "->", type(e).__name__, e.args)
    except Exception as e:
        print(name, "->", type(e).__name__, e)
try:
    raise U("custom", 2)
except ValueError as e:
    print(repr(e), e.args)
