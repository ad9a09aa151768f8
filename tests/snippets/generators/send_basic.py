# send() delivers a value as the result of the paused yield expression
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

g = accumulate()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)
print(list(g))
