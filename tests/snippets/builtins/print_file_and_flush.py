# print(file=...) writes through the object's write method; flush=True calls flush
class Collector:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.flushed += 1
c = Collector()
print("a", 1, [2], sep="|", file=c)
print("b", file=c, flush=True)
print(c.parts, c.flushed)
print("to stdout", file=None)
