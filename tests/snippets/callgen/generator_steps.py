# Generator steps from hot (compiled) code: several yields per generator (each a different resumption point),
# for loops, send/throw/close, gi_running, exceptions inside, StopIteration values, yield from, and generators
# consumed by builtins. Each piece runs a few thousand times so that it also runs compiled.
import sys


def many_yields(n):
    for i in range(n):
        yield i
        yield -i
        x = yield i * 2
        if x is not None:
            yield ("sent", x)
    return "done"


def consume(n):
    total = 0
    for v in many_yields(n):
        total += v if isinstance(v, int) else 1000
    return total


print([consume(k) for k in range(0, 3000, 250)])


def drive(n):
    g = many_yields(n)
    out = []
    try:
        while True:
            v = next(g)
            if isinstance(v, int) and v > 0 and v % 3 == 0:
                out.append(g.send(v))
    except StopIteration as e:
        out.append(e.value)
    return out[:4], out[-3:], len(out)


for n in (0, 1, 7, 2500):
    print(drive(n))


def watcher():
    me = yield
    while True:
        yield me.gi_running, me.gi_suspended, sys._getframe().f_code.co_name


w = watcher()
next(w)
w.send(w)
print([next(w) for _ in range(3)], w.gi_running, w.gi_suspended)


def failing(k):
    yield 1
    if k % 2:
        raise ValueError(k)
    yield 2


def count_failures(n):
    fails = 0
    for k in range(n):
        try:
            for _ in failing(k):
                pass
        except ValueError as e:
            fails += e.args[0] % 5 == 1
    return fails


print(count_failures(3000))


def stop_inside():
    yield 1
    raise StopIteration("inner")


try:
    for _ in range(2000):
        list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


def handled(n):
    for i in range(n):
        try:
            yield i
        except KeyError as e:
            yield ("caught", e.args[0], sys.exc_info()[0].__name__)
        finally:
            pass


def throw_some(n):
    g = handled(n)
    out = []
    for v in g:
        if v % 500 == 0:
            out.append(g.throw(KeyError(v)))
    return out


print(throw_some(3000))
g = handled(5)
next(g)
g.close()
print(g.gi_frame, list(g))


def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise


c = closer()
next(c)
c.close()
c.close()


def inner(n):
    for i in range(n):
        got = yield i
        if got:
            yield got * 10
    return n * 100


def outer(n):
    r = yield from inner(n)
    yield r


def chain(n):
    total = 0
    g = outer(n)
    for v in g:
        total += v
        if v % 7 == 3:
            total += g.send(v)
    return total


print([chain(k) for k in (0, 1, 10, 3000)])

nums = list(range(3000))
print(sum(x * x for x in nums), max((x % 97, -x) for x in nums), any(x > 2998 for x in nums),
      sum(1 for _ in zip((x for x in nums), range(2000))), list(enumerate(x for x in "abc")))


def exc_context():
    try:
        raise KeyError("outer")
    except KeyError:
        g = (sys.exc_info()[1] for _ in range(3))
        return [repr(v) for v in g]


print(exc_context())


def reentrant():
    yield next(r)


r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(next(r, "exhausted"))


# A generator made once and resumed thousands of times with no loop of its own (it is compiled in mid-life and
# resumes in the compiled code at the yield where it was suspended), with send, throw and close along the way.
def counter():
    n = 0
    while True:
        try:
            got = yield n
        except KeyError as e:
            got = ("thrown", e.args[0])
        n += 1
        if got is not None:
            yield got
        if n > 6000:
            return n


def delegate():
    result = yield from counter()
    yield "result", result
    try:
        yield "last"
    finally:
        print("delegate finally")


d = delegate()
seen = []
for i, v in enumerate(d):
    if i % 1500 == 7:
        seen.append((i, v, d.send("s%d" % i)))
    if i % 2000 == 11:
        seen.append((i, v, d.throw(KeyError(i))))
    if v == "last":
        d.close()
print(seen, d.gi_frame)


def straight():
    x = yield 1
    y = yield x
    z = yield y
    return x, y, z


results = []
for i in range(3000):
    g = straight()
    next(g)
    g.send(i)
    g.send(i + 1)
    try:
        g.send(i + 2)
    except StopIteration as e:
        if i % 1000 == 0:
            results.append(e.value)
print(results)
