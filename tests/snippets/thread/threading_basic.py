# threading: Thread lifecycle, names, idents, join, is_alive, enumerate, current/main thread.
import threading

def work(n, out):
    out.append(n * n)
out = []
ts = [threading.Thread(target=work, args=(i, out), name='W%d' % i) for i in range(5)]
print([t.name for t in ts], [t.is_alive() for t in ts], ts[0].ident)
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), [t.is_alive() for t in ts])
idents = [t.ident for t in ts]
print(all(isinstance(i, int) for i in idents), threading.get_ident() not in idents)
print(len(set(t.native_id for t in ts)) >= 1, all(isinstance(t.native_id, int) for t in ts))
print(threading.current_thread() is threading.main_thread(), threading.current_thread().name)
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(repr(ts[0]).replace(str(ts[0].ident), 'ID'))

class MyThread(threading.Thread):
    def __init__(self, k):
        super().__init__(daemon=True)
        self.k = k
        self.result = None
    def run(self):
        self.result = (self.k, threading.current_thread() is self, self.daemon)
m = MyThread(7)
m.start(); m.join()
print(m.result, m.daemon)
try:
    m.start()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError', e)
t = threading.Thread(target=lambda: None)
t.start(); t.join(timeout=5)
print(t.is_alive())
named = threading.Thread(target=lambda: None)
print(named.name.startswith('Thread-'), named.name.endswith('(<lambda>)'))
