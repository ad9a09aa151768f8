# IncrementalNewlineDecoder: \r and \r\n across chunk boundaries
import io, codecs
d = io.IncrementalNewlineDecoder(None, translate=True)
out = [d.decode(part) for part in ["a\r", "\nb\r", "c\r", "", "\r\n", "d"]]
print(out, repr(d.decode("", final=True)), d.newlines, d.getstate())
d2 = io.IncrementalNewlineDecoder(None, False)
print([d2.decode(p) for p in ["x\r", "\ny\r"]], d2.getstate(), repr(d2.decode("", True)), d2.newlines)
d2.reset()
print(d2.newlines, d2.getstate())
d2.setstate((b"", 1))
print(repr(d2.decode("z")))
utf = codecs.getincrementaldecoder("utf-8")()
d3 = io.IncrementalNewlineDecoder(utf, True)
data = "é\r\n😀\r".encode("utf-8")
print([d3.decode(data[i:i + 1]) for i in range(len(data))], d3.getstate(), d3.decode(b"", True), d3.newlines)
for nl_kinds in ["\n", "\r", "\r\n", "\n\r", "\r\n\n", "\r\r\n\n"]:
    d4 = io.IncrementalNewlineDecoder(None, False)
    d4.decode(nl_kinds, final=True)
    print(repr(nl_kinds), d4.newlines)
for f in [lambda: io.IncrementalNewlineDecoder(None, True).decode(b"x"), lambda: io.IncrementalNewlineDecoder(None),
          lambda: io.IncrementalNewlineDecoder(None, True).setstate(1), lambda: io.IncrementalNewlineDecoder(None, True).setstate((b"", 0, 1))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
