# _thread.RLock and threading.RLock: reentrancy, ownership, _release_save/_acquire_restore.
import _thread, threading

r = _thread.RLock()
print(repr(r).split(' at ')[0])
print(r.acquire(), r.acquire(), r._is_owned())
print(repr(r).split(' at ')[0].replace(str(_thread.get_ident()), 'ME'))
r.release(); r.release()
print(r._is_owned())
for f in [r.release, lambda: r.release(1), lambda: r._release_save(), lambda: r._is_owned(1),
          lambda: r._acquire_restore(), lambda: r._acquire_restore(5), lambda: r._acquire_restore((1, 'a')),
          lambda: r._acquire_restore((1.5, 2)), lambda: r._acquire_restore((1, 2, 3))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
r.acquire(); r.acquire(); r.acquire()
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._is_owned(), repr(r).split(' at ')[0].replace(str(_thread.get_ident()), 'ME'))
for _ in range(3):
    r.release()
with r:
    with r:
        print('nested ok')
print(_thread.RLock(1, 2, x=3)._is_owned())

class Sub(_thread.RLock):
    pass
s = Sub()
s.attr = 5
print(repr(s).split(' at ')[0], s.attr)
print(threading.RLock().__class__ is _thread.RLock, threading._PyRLock is not None)

# ownership across threads
lock = threading.RLock()
lock.acquire()
res = []
def other():
    res.append(lock.acquire(timeout=0.01))
    try:
        lock.release()
    except RuntimeError as e:
        res.append(str(e))
t = threading.Thread(target=other); t.start(); t.join()
print(res)
lock.release()
print(sorted(n for n in dir(r) if not n.startswith('__')))
