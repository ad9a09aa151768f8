# SyntaxError built by hand: missing fields, no text, odd offsets, a filename of None.
import sys

def show(*args):
    e = SyntaxError(*args)
    sys.excepthook(SyntaxError, e, None)

show("just a message")
show("no text", ("file.py", 3, 5, None))
show("with text", ("file.py", 3, 5, "    some code here\n"))
show("range", ("file.py", 3, 2, "abcdef", 3, 5))
show("offset past end", ("file.py", 1, 40, "short"))
show("offset zero", ("file.py", 1, 0, "text"))
show("multi-line text", ("file.py", 2, 8, "first\nsecond line\n"))
show("no file", (None, 7, 1, "x"))
show("end before start", ("f.py", 1, 4, "abcdefgh", 1, 2))
show("end on later line", ("f.py", 1, 3, "abcdefgh", 2, 2))
e = IndentationError("indent", ("g.py", 1, 2, "   bad", 1, 6))
sys.excepthook(IndentationError, e, None)
e = SyntaxError("str lineno", ("h.py", "1", 2, "text"))
sys.excepthook(SyntaxError, e, None)
