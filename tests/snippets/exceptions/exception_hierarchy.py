def chain(cls):
    return " > ".join(k.__name__ for k in cls.__mro__)

for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            NotImplementedError, RecursionError, ModuleNotFoundError, UnicodeDecodeError,
            StopIteration, TimeoutError, KeyboardInterrupt, ExceptionGroup, BlockingIOError]:
    print(chain(cls))
print(IOError is OSError, EnvironmentError is OSError)
try:
    [][1]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
try:
    raise FileNotFoundError(2, "No such file", "missing.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
print(type(OSError(2, "x")).__name__, type(OSError(13, "denied")).__name__)
