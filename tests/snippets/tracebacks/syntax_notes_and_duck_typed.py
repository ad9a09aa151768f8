# SyntaxError display drops __notes__ when the location is shown (3.11.2), and any exception with
# print_file_and_line gets the SyntaxError treatment from its msg/filename/lineno/offset/text.
import sys
e = SyntaxError("bad", ("f.py", 1, 2, "abc"))
e.add_note("a note")
sys.excepthook(SyntaxError, e, None)
e = SyntaxError("only msg")
e.add_note("kept?")
sys.excepthook(SyntaxError, e, None)
class E(Exception):
    print_file_and_line = None
    msg = "custom msg"
    filename = "x.py"
    lineno = 3
    offset = 2
    text = "hello"
sys.excepthook(E, E("str"), None)
