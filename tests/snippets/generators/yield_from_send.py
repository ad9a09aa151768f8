# send() passes through yield from to the innermost generator
def echo():
    received = []
    while True:
        x = yield len(received)
        if x == "stop":
            return received
        received.append(x)

def middle():
    got = yield from echo()
    yield ("middle got", got)

g = middle()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("stop"))
print(next(g, "end"))
