cases = [
    (),
    ("just msg",),
    (2, "No such file or directory"),
    (2, "No such file or directory", "f"),
    (2, "No such file or directory", "f", None),
    (2, "No such file or directory", "f", None, "g"),
    (1, "Operation not permitted", None, None, "g"),
    (5, "I/O", b"bytes.txt"),
    (0, ""),
    (None, "text"),
    (7, "a", "b", "c", "d", "e"),
    ("x", "y", "z"),
]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
    print("  str:", str(e), "| repr:", repr(e))
e = OSError(2, "gone", "f")
e.errno = 99
e.strerror = "changed"
e.filename = "new"
print(str(e), e.args)
e.filename = None
print(str(e))
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as ex:
    print(ex.errno, ex.strerror, ex.filename, ex)
b = BlockingIOError(11, "again", 5)
print(b.characters_written, b.args, b.filename)
b.characters_written = 3
print(b.characters_written)
del b.characters_written
try:
    b.characters_written
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    OSError(1, "x").characters_written
except AttributeError as ex:
    print("AttributeError:", ex)
print(OSError(2, "x").__reduce__())
