# io's abstract base classes and how the _io classes register with them
import io, _io
for cls in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, io.TextIOWrapper]:
    print(cls.__name__, [issubclass(cls, b) for b in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)],
          cls.__mro__[1].__name__, cls.__module__)
print(io.IOBase.__mro__, io.RawIOBase.__mro__)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.IOBase), isinstance(1, io.IOBase))
print(io.UnsupportedOperation.__mro__, io.UnsupportedOperation.__module__)
print(io.BlockingIOError is BlockingIOError, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.open is open, io.open_code.__name__, io.text_encoding(None), io.text_encoding("latin-1"), open.__module__)
print(sorted(n for n in dir(_io) if not n.startswith("__")))
print(sorted(io.__all__))
for name in ["_IOBase", "_RawIOBase", "_BufferedIOBase", "_TextIOBase"]:
    print(name, sorted(k for k in vars(getattr(_io, name)) if k != "__doc__"))
print(_io.FileIO.__mro__)
print(type(io.IOBase).__name__, io.IOBase.__module__, io.IOBase.__abstractmethods__)
