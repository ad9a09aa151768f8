# The errors raised without a .NET throw report the same trace ('exception') and profile ('c_exception') events
# as CPython's, in a function that ran hot (compiled) before the trace function was set, and in a fresh one.
import sys
class P: pass
p = P()
def work(n):
    hits = 0
    for i in range(n):
        try: p.missing
        except AttributeError: hits += 1
        try: 1 // (i - i)
        except ZeroDivisionError: hits += 1
        try: int("q")
        except ValueError: hits += 1
        try: {}.pop(i)
        except KeyError: hits += 1
        try: next(iter(()))
        except StopIteration: hits += 1
        d = {}
        try: del d[i]
        except KeyError: hits += 1
    return hits
print(work(3000))
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "work":
        if event == "exception": events.append((event, frame.f_lineno, arg[0].__name__, str(arg[1])))
        elif event in ("call", "return"): events.append((event, frame.f_lineno))
    return tracer
sys.settrace(tracer)
print(work(2))
sys.settrace(None)
for e in events: print(e)
prof = []
def profiler(frame, event, arg):
    if event.startswith("c_") and frame.f_code.co_name == "work":
        prof.append((event, getattr(arg, "__name__", "?")))
sys.setprofile(profiler)
work(1)
sys.setprofile(None)
for e in prof: print(e)
