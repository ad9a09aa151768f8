# _thread.lock: acquire/release/locked, timeouts, context manager, errors.
import _thread

def r(o):
    return repr(o).split(' at ')[0]

l = _thread.allocate_lock()
print(type(l), type(l) is _thread.LockType, r(l))
print(l.acquire(), l.locked(), r(l))
print(l.acquire(False), l.acquire(blocking=False), l.acquire(True, 0.01), l.acquire(timeout=0))
l.release()
print(l.locked(), l.acquire_lock(), l.locked_lock())
l.release_lock()
with l:
    print('inside', l.locked())
print('after', l.locked())
print(l.__enter__(), l.__exit__(None, None, None), l.locked())
for args, kw in [((0, 1), {}), ((1, -2), {}), ((1, 1e20), {}), ((), {'timeout': -0.5}), ((), {'blocking': 0, 'timeout': -1}),
                 (('x',), {}), ((1, 'a'), {}), ((1, 2, 3), {}), ((), {'foo': 1}), ((1.5,), {}), ((2**70,), {}),
                 ((1, float('nan')), {}), ((1, _thread.TIMEOUT_MAX * 2), {})]:
    try:
        print(args, kw, l.acquire(*args, **kw))
        l.release()
    except Exception as e:
        print(args, kw, type(e).__name__, e)
for f in [l.release, lambda: l.release(1), lambda: l.locked(1), lambda: _thread.LockType(), lambda: _thread.allocate_lock(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, _thread.allocate is not None)
l._at_fork_reinit()
print(l.locked())
print(sorted(n for n in dir(l) if not n.startswith('__')))
