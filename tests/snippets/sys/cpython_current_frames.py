# sys._current_frames() and sys._current_exceptions() report every live thread (test_sys).
import sys
import threading
import traceback

entered = threading.Event()
leave = threading.Event()
info = []


def f123():
    g456()


def g456():
    info.append(threading.get_ident())
    try:
        raise ValueError("in thread")
    except ValueError:
        entered.set()
        leave.wait()


t = threading.Thread(target=f123)
t.start()
entered.wait()
tid = info[0]
main_id = threading.get_ident()

d = sys._current_frames()
print(main_id in d, tid in d, all(isinstance(k, int) and k > 0 for k in d))
print(d.pop(main_id) is sys._getframe())
stack = traceback.extract_stack(d.pop(tid))
names = [fs.name for fs in stack]
i = names.index("f123")
print(stack[i].line, stack[i + 1].name, stack[i + 1].line)

e = sys._current_exceptions()
print(main_id in e, tid in e)
print(e[main_id])
typ, val, tb = e[tid]
print(typ.__name__, val, type(tb).__name__)
leave.set()
t.join()
print(tid in sys._current_frames())
