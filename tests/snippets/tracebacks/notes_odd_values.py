# __notes__ that are not a list of str: non-str items, a tuple, a non-sequence, a failing __str__.
import sys

class BadStr:
    def __str__(self):
        raise RuntimeError("no str")

def show(notes):
    e = ValueError("v")
    e.__notes__ = notes
    sys.excepthook(ValueError, e, None)

show(["text", 42, BadStr(), "last"])
show(("a tuple", "of notes"))
show(12345)
show("abc")
e = ValueError("v")
try:
    e.add_note(1)
except TypeError as t:
    print(t)
e.__notes__ = 5
try:
    e.add_note("x")
except TypeError as t:
    print(t)
