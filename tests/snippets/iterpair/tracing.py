# Pair loops under sys.settrace: line events and f_lasti, opcode events, and a trace function set while a hot
# loop runs (the loop then continues with every event, as CPython's does).
import sys

def loop(d, xs):
    t = 0
    for k, v in d.items():
        t += v
    for i, x in enumerate(xs):
        t += i
    for a, b in zip(xs, xs):
        t += a
    return t

d = {i: i for i in range(3)}
xs = [1, 2]
for _ in range(3000):
    loop(d, xs)

events = []
def tracer(frame, event, arg):
    if frame.f_code is loop.__code__:
        frame.f_trace_opcodes = True
        events.append((event, frame.f_lineno - loop.__code__.co_firstlineno, frame.f_lasti))
    return tracer

sys.settrace(tracer)
loop(d, xs)
sys.settrace(None)
print(len(events))
for ev in events:
    print(ev)

def hot():
    t = 0
    for i, x in enumerate(range(5000)):
        if i == 3000:
            sys.settrace(tracer2)
        t += x
    sys.settrace(None)
    return t

lines = []
def tracer2(frame, event, arg):
    if event == "line" and frame.f_code is hot.__code__:
        lines.append(frame.f_lineno - hot.__code__.co_firstlineno)
    return tracer2

print(hot(), len(lines), lines[:8])
