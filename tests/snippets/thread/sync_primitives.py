# threading Event, Condition, Semaphore, BoundedSemaphore, Barrier across real threads.
import threading

ev = threading.Event()
got = []
def waiter(i):
    ev.wait()
    with lock:
        got.append(i)
lock = threading.Lock()
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
print('before set', got, ev.is_set())
ev.set()
for t in ts: t.join()
print('after set', sorted(got), ev.wait(0))
ev.clear(); print(ev.is_set(), ev.wait(0.01))

cond = threading.Condition()
items = []
def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()
consumed = []
def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))
c = threading.Thread(target=consumer); p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
print('consumed', consumed)
with cond:
    print('wait timeout', cond.wait(0.01))

sem = threading.Semaphore(2)
active = [0]; peak = [0]
def limited():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        for _ in range(2000):
            pass
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print('peak <= 2', peak[0] <= 2, active[0])
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
print(sem.acquire(timeout=0), sem.acquire(blocking=False), sem.acquire(timeout=0.01))

bar = threading.Barrier(3)
order = []
def party(i):
    r = bar.wait()
    with lock:
        order.append(i)
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print('barrier', sorted(order), bar.n_waiting, bar.broken)
