# queue.Queue producer/consumer across threads, Timer, and join of many short threads.
import queue, threading

q = queue.Queue(maxsize=3)
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers: w.start()
for i in range(20):
    q.put(i)
for _ in workers:
    q.put(None)
q.join()
for w in workers: w.join()
print(sorted(results), q.empty(), q.qsize())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    queue.Queue(1).put_nowait(1) or None
    full = queue.Queue(1); full.put(1); full.put(2, timeout=0.01)
except queue.Full:
    print('Full after timeout')

fired = threading.Event()
t = threading.Timer(0.01, fired.set)
t.start(); t.join()
print('timer fired', fired.is_set())
c = threading.Timer(10, fired.clear); c.start(); c.cancel(); c.join()
print('cancelled timer did not fire', fired.is_set())

count = [0]
lock = threading.Lock()
def inc():
    with lock:
        count[0] += 1
ts = [threading.Thread(target=inc) for _ in range(50)]
for t in ts: t.start()
for t in ts: t.join()
print('50 threads', count[0], threading.active_count())
