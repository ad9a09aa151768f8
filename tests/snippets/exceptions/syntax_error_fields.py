e = SyntaxError()
print(repr(e), repr(str(e)), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
e = SyntaxError("bad")
print(repr(e), str(e), e.msg, e.filename)
e = SyntaxError("bad", ("f.py", 3, 4, "x = (\n"))
print(repr(e), str(e), e.args)
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
e = SyntaxError("bad", ("dir/sub/f.py", 3, 4, "x", 3, 6))
print(str(e), e.end_lineno, e.end_offset)
e = SyntaxError("bad", (None, 3, 4, "x"))
print(str(e))
e = SyntaxError("bad", ("f.py", None, 4, "x"))
print(str(e))
e = SyntaxError("bad", ("f.py", "7", 4, "x"))
print(str(e))
e = SyntaxError(5)
print(str(e))
e = SyntaxError("a", "b", "c")
print(repr(e), str(e), e.msg, e.filename)
for bad in [("m", (1, 2)), ("m", (1, 2, 3, 4, 5, 6, 7)), ("m", 5)]:
    try:
        SyntaxError(*bad)
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
e = SyntaxError("m", ("f", 1, 2, "t"))
e.lineno = 10
e.filename = "g.py"
print(str(e))
e.print_file_and_line = 1
print(e.print_file_and_line)
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
