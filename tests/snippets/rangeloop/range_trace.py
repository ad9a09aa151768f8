# Hot code's `for x in range(...)` without a range object must leave tracing as it was: line and call events of a
# compiled function traced after warm-up, a trace function set from inside the loop, a GET_ITER that is also a jump
# target (`a if c else range(n)`), and a profile function's events around the call of range.
import sys


def work(n, alt):
    t = 0
    for i in range(n):
        for j in range(
                i, n):
            t += j
    for k in (alt if alt else range(2, n)):
        t += k
    t += sum([x for x in range(n)])
    return t


def setter(n):
    out = []
    for i in range(n):
        if i == 1:
            sys.settrace(tracer)
        for j in range(2):
            out.append((i, j))
    sys.settrace(None)
    return out


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((frame.f_code.co_name, event, frame.f_lineno - work.__code__.co_firstlineno))
    return tracer


for _ in range(1500):
    r = work(4, None), work(3, [7, 8])
print(r)
sys.settrace(tracer)
r = work(3, None), work(2, [5])
sys.settrace(None)
print(r)
for e in events:
    print(*e)

del events[:]
for _ in range(1500):
    r = setter(1)
print(setter(3))
for e in events:
    print(*e)

prof = []


def profiler(frame, event, arg):
    if event.startswith("c_"):
        prof.append((event, getattr(arg, "__name__", "?")))
    elif frame.f_code.co_filename == __file__:
        prof.append((event, frame.f_code.co_name))


sys.setprofile(profiler)
r = work(3, None)
sys.setprofile(None)
print(r)
for e in prof:
    print(*e)
