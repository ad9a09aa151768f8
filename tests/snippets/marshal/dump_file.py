import marshal
class Sink:
    def __init__(self):
        self.chunks = []
    def write(self, data):
        self.chunks.append(data)
        return len(data)
s = Sink()
first = [1, "a", 2.5]
second = {"k": (1, 2)}
print(marshal.dump(first, s))
print(marshal.dump(second, s, 2))
print(s.chunks)
print(marshal.dump("x", s, 0), s.chunks[-1])
class NoWrite: pass
try:
    marshal.dump(1, NoWrite())
except AttributeError as e:
    print("AttributeError", e)
try:
    marshal.dump(object(), s)
except ValueError as e:
    print("ValueError", e, len(s.chunks))
