# _thread._local / threading.local: per-thread attributes, __init__ rerun per thread, __dict__ rules.
import _thread, threading

loc = _thread._local()
loc.x = 1
print(loc.x, loc.__dict__, type(loc).__name__, _thread._local.__doc__)
seen = []
def peek():
    seen.append(('x' in loc.__dict__, getattr(loc, 'x', None)))
    loc.x = 'thread'
    seen.append(loc.x)
t = threading.Thread(target=peek); t.start(); t.join()
print(seen, loc.x)

class Counter(threading.local):
    inits = 0
    def __init__(self, start, step=1):
        Counter.inits += 1
        self.value = start
        self.step = step
    def bump(self):
        self.value += self.step
        return self.value

c = Counter(10, step=5)
print(c.bump(), Counter.inits)
out = []
lock = threading.Lock()
def worker(n):
    for _ in range(n):
        v = c.bump()
    with lock:
        out.append((n, v))
ts = [threading.Thread(target=worker, args=(k,)) for k in (1, 2, 3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), c.value, Counter.inits)
for f in [lambda: _thread._local(1), lambda: _thread._local(a=1), lambda: setattr(loc, '__dict__', {}),
          lambda: delattr(loc, 'nope'), lambda: loc.nope]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class WithSlots(_thread._local):
    pass
w = WithSlots()
w.a = 1
del w.a
print(hasattr(w, 'a'), w.__dict__)
