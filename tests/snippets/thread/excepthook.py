# An exception in a thread goes to threading.excepthook (default: "Exception in thread NAME:" + traceback).
import threading, sys

def bad():
    raise ValueError("boom")
t = threading.Thread(target=bad, name="Worker")
t.start(); t.join()
print('main continues', t.is_alive())

def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name, type(args).__name__)
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=bad, name="Second")
t.start(); t.join()
threading.excepthook = old

def quiet():
    sys.exit(5)
t = threading.Thread(target=quiet); t.start(); t.join()
print('SystemExit in thread is silent')
import _thread
args = _thread._ExceptHookArgs((KeyError, KeyError('x'), None, None))
print(args.exc_type, args.thread, len(args), _thread._ExceptHookArgs.n_fields)
try:
    _thread._excepthook((1, 2, 3, 4))
except TypeError as e:
    print('TypeError', e)
sys.stderr.flush()
_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(1), None, None)))
class T:
    name = 'fake'
_thread._excepthook(_thread._ExceptHookArgs((KeyError, KeyError('x'), None, T())))
