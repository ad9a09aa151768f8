# When TextIOWrapper hands data to its buffer: chunk size, line_buffering, write_through, flush
import io
class Sink(io.RawIOBase):
    def __init__(self):
        self.log = []
    def writable(self):
        return True
    def write(self, b):
        self.log.append(bytes(b))
        return len(b)
def run(**kw):
    sink = Sink()
    t = io.TextIOWrapper(io.BufferedWriter(sink, 16), encoding="utf-8", **kw)
    t.write("abc")
    a = list(sink.log)
    t.write("def\nghi")
    b = list(sink.log)
    t.write("x" * 20)
    c = list(sink.log)
    t.flush()
    print(kw, a, b, c, sink.log)
run()
run(line_buffering=True)
run(write_through=True)
run(line_buffering=True, write_through=True)
sink = Sink()
t = io.TextIOWrapper(io.BufferedWriter(sink, 16), encoding="utf-8")
t._CHUNK_SIZE = 4
t.write("ab")
t.write("cde")
print(sink.log, t._CHUNK_SIZE)
t.reconfigure(line_buffering=True)
t.write("\r")
print(sink.log)
for bad in [0, -1, "x"]:
    try:
        t._CHUNK_SIZE = bad
    except Exception as e:
        print(type(e).__name__ + ":", e)
