# the first send must be None: the generator has not reached a yield yet
def gen():
    x = yield 1
    print("got", x)
    yield 2

g = gen()
try:
    g.send(42)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send("hello"))
try:
    g.send(3)
except StopIteration as e:
    print("StopIteration", repr(e.value))
# send on an exhausted generator keeps raising StopIteration
try:
    g.send(4)
except StopIteration as e:
    print("again", e.args)
