e = ValueError("v")
print(hasattr(e, "__notes__"))
print(e.add_note("first"))
e.add_note("second")
print(e.__notes__)
for bad in (1, b"x", None):
    try:
        e.add_note(bad)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    e.add_note()
except TypeError as ex:
    print("TypeError:", ex)
try:
    e.add_note("a", "b")
except TypeError as ex:
    print("TypeError:", ex)
try:
    e.add_note(note="kw")
except TypeError as ex:
    print("TypeError:", ex)
e.__notes__ = ("tuple",)
try:
    e.add_note("x")
except TypeError as ex:
    print("TypeError:", ex)
e.__notes__ = []
e.add_note("fresh")
print(e.__notes__)
class S(str):
    pass
e.add_note(S("sub"))
print(e.__notes__, type(e.__notes__[-1]).__name__)
del e.__notes__
print(hasattr(e, "__notes__"))
try:
    raise e
except ValueError as x:
    x.add_note("while handling")
    print(x.__notes__)
