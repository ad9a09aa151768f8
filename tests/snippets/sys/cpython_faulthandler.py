# The faulthandler module: dump_traceback's format (one thread or all, newest first, to a file or a descriptor),
# its argument errors, enable/disable/is_enabled (test_functools and test_gc start threads through it).
import faulthandler, sys, threading, io, os
def f(): faulthandler.dump_traceback(all_threads=False)
def g(): f()
g()
sys.stderr.flush()
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
r, w = os.pipe()
faulthandler.dump_traceback(w, all_threads=False)
os.close(w)
print(os.read(r, 1000).decode().replace(os.path.abspath(__file__), 'SNIPPET'))
for bad in [-1, 'x', None]:
    try:
        faulthandler.dump_traceback(file=bad, all_threads=False)
    except Exception as e:
        print(type(e).__name__, e)
for t in [0, -1]:
    try: faulthandler.dump_traceback_later(t)
    except ValueError as e: print(e)
faulthandler.cancel_dump_traceback_later()
ev = threading.Event(); ev2 = threading.Event()
def waiter():
    ev.set(); ev2.wait()
t = threading.Thread(target=waiter); t.start(); ev.wait()
r, w = os.pipe()
faulthandler.dump_traceback(w)
os.close(w)
out = os.read(r, 10000).decode()
ev2.set(); t.join()
import re
print(re.sub(r'0x[0-9a-f]{16}', '0xTID', out).replace(threading.__file__, 'THREADING').replace(os.path.abspath(__file__), 'SNIPPET'))
