# Generators resumed many times (enough for their code to be compiled): send, throw, close, exc_info,
# gi_running, gi_frame, return values, StopIteration conversion and errors raised while running.
import sys


def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def run_counter(n, send):
    g = counter(n)
    next(g)
    while True:
        try:
            g.send(send)
        except StopIteration as e:
            return e.value


for k in range(3):
    print(run_counter(1500, k))


def watcher():
    while True:
        try:
            yield sys.exc_info()[0]
        except ValueError:
            yield "caught"


w = watcher()
seen = []
for i in range(2000):
    seen.append(next(w))
    if i % 500 == 0:
        seen.append(w.throw(ValueError))
print(len(seen), seen[:3], seen.count("caught"))
try:
    raise KeyError("outer")
except KeyError:
    print(next(w))
print(next(w))


def running():
    for _ in range(1200):
        yield g2.gi_running


g2 = running()
print(all(g2), g2.gi_frame)


def raiser():
    for i in range(3000):
        if i == 2500:
            raise StopIteration("inside")
        yield i


try:
    print(sum(raiser()))
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


def failing():
    for i in range(2000):
        yield 10 // (1999 - i)


try:
    print(sum(failing()))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def closer(log):
    try:
        for i in range(5000):
            yield i
    finally:
        log.append("closed")


log = []
c = closer(log)
for i in range(1500):
    next(c)
c.close()
print(log, next(c, "done"))


def reentrant():
    for i in range(2000):
        if i == 1900:
            yield next(r)
        yield i


r = reentrant()
try:
    for x in r:
        pass
except ValueError as e:
    print("ValueError", e)
