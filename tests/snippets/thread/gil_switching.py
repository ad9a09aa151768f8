# Two CPU-bound threads make progress together: the GIL is handed over every switch interval.
import threading, sys

sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
stop = threading.Event()
counts = [0, 0]
def spin(i):
    while not stop.is_set():
        counts[i] += 1
a = threading.Thread(target=spin, args=(0,)); b = threading.Thread(target=spin, args=(1,))
a.start(); b.start()
# The main thread must get the GIL back too, or it could never set the event.
while min(counts) < 1000:
    pass
stop.set()
a.join(); b.join()
print('both progressed', counts[0] >= 1000 and counts[1] >= 1000)

# A busy thread does not starve a thread waiting for it.
flag = []
def setter():
    flag.append(1)
t = threading.Thread(target=setter)
t.start()
n = 0
while not flag:
    n += 1
t.join()
print('flag seen', flag)

# Shared counter under a lock stays exact.
total = [0]
lock = threading.Lock()
def add():
    for _ in range(5000):
        with lock:
            total[0] += 1
ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('total', total[0])
# list.append from several threads never loses items (builtin containers stay consistent).
items = []
def app(k):
    for i in range(3000):
        items.append(i)
ts = [threading.Thread(target=app, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('items', len(items), sum(items))
