# Generators suspended in the eval loop while their code gets hot (and is compiled on another thread): resumed
# afterwards, each continues where it stopped, with its locals, its try/finally and its value stack intact.
import time

def gen(n, log):
    total = 0
    try:
        for i in range(n):
            got = yield total, i
            if got is not None:
                total += got
            total += i
    finally:
        log.append(("closed", n, total))

log = []
early = [gen(5, log), gen(4000, log)]
for g in early:
    print(next(g), g.send(10), next(g))

# Make gen hot: many short-lived generators, then a long one.
s = 0
for k in range(1500):
    for t, i in gen(3, log):
        s += t + i
print(s, len(log))
log.clear()
time.sleep(0.05)

# The early generators resume, possibly in compiled code now.
for g in early:
    print(g.send(100), next(g))
print(sum(t for t, i in early[1]))
early[0].close()
print(log)

# A generator inside a nested expression, suspended with items on its value stack.
def pairs(n):
    for i in range(n):
        yield [i, (yield i * 2), i + 1]

p = pairs(3000)
out = []
for k in range(2000):
    out.append(next(p))
time.sleep(0.05)
for k in range(2000):
    out.append(next(p))
print(len(out), out[:5], out[-3:])
