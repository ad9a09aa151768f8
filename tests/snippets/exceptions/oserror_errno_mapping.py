
for code in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 999]:
    e = OSError(code, "msg")
    print(code, type(e).__name__, e.errno, e.strerror)
print(type(OSError(2)).__name__, type(OSError(2, "a", "b", None, "c", "extra")).__name__)
print(type(OSError("2", "x")).__name__, type(OSError(2.0, "x")).__name__)
print(type(FileNotFoundError(13, "x")).__name__)
print(type(IOError(2, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
class Mine(OSError):
    pass
print(type(Mine(2, "x")).__name__)
print(2, type(OSError(17, "e")).__name__)
try:
    OSError(2, "x", kw=1)
except TypeError as ex:
    print("TypeError:", ex)
