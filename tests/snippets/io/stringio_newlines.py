# StringIO newline modes: translation on write and line splitting on read
import io
text = "a\nb\r\nc\rd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write(text)
    v = s.getvalue()
    s.seek(0)
    print(repr(nl), repr(v), s.readlines(), s.newlines)
for nl in [None, ""]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), [s.readline() for _ in range(5)], s.newlines)
s = io.StringIO(newline=None)
s.write("x\r")
print(repr(s.getvalue()), s.newlines)
s.write("\ny")
print(repr(s.getvalue()), s.newlines)
