# _thread.start_new_thread: arguments, keyword arguments, errors, SystemExit, unraisable exceptions.
import _thread, sys, time

done = _thread.allocate_lock()
results = []
def f(*args, **kw):
    results.append((args, sorted(kw.items()), _thread.get_ident() != main))
    done.release()
main = _thread.get_ident()
for call in [((1, 2), None), ((), {'a': 1}), (('x',), {'b': 2, 'c': 3})]:
    done.acquire()
    if call[1] is None:
        ident = _thread.start_new_thread(f, call[0])
    else:
        ident = _thread.start_new_new = _thread.start_new(f, call[0], call[1])
    done.acquire(); done.release()
    print(type(ident).__name__, ident != main)
print(results)
for bad in [(1,), (1, 2), (f, 2), (f, (), 2), (f, [], {})]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    _thread.start_new_thread(f, (), kw=1)
except TypeError as e:
    print('TypeError', e)

def hook(args):
    print('unraisable:', args.exc_type.__name__, args.exc_value, args.err_msg, args.object is boom)
    done.release()
sys.unraisablehook = hook
def boom():
    raise KeyError('k')
done.acquire()
_thread.start_new_thread(boom, ())
done.acquire(); done.release()

def quits():
    try:
        _thread.exit()
    finally:
        print('exit raised SystemExit')
        done.release()
done.acquire()
_thread.start_new_thread(quits, ())
done.acquire(); done.release()
def exits():
    done.release()
    raise SystemExit(3)
done.acquire()
_thread.start_new_thread(exits, ())
done.acquire(); done.release()
while _thread._count():
    time.sleep(0.001)
print('count', _thread._count())
