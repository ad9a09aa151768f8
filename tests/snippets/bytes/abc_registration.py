import collections.abc as abc
for v in [b'', bytearray(), memoryview(b'')]:
    print(type(v).__name__, isinstance(v, abc.ByteString), isinstance(v, abc.Sequence), isinstance(v, abc.MutableSequence),
          isinstance(v, abc.Hashable), isinstance(v, abc.Iterable), isinstance(v, abc.Sized), isinstance(v, abc.Container))
print(issubclass(bytes, abc.ByteString), issubclass(bytearray, abc.MutableSequence), issubclass(memoryview, abc.Sequence))
