# A trace function set while a hot function may be compiling (or already compiled) on another thread: every call
# after settrace is traced line by line, whichever tier would have run it; after settrace(None) it runs untraced.
import sys

def f(x):
    y = x * 2
    return y + 1

for i in range(1100):
    f(i)

events = []
def tracer(frame, event, arg):
    if frame.f_code is f.__code__:
        events.append((event, frame.f_lineno - f.__code__.co_firstlineno))
    return tracer

sys.settrace(tracer)
for i in range(3):
    f(i)
sys.settrace(None)
print(events)
for i in range(2000):
    f(i)
print(f(10))

# A module-level loop running while its own code is compiled: a trace set inside the loop takes over.
seen = []
def t2(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "<module>":
        seen.append(frame.f_lineno)
    return t2
n = 0
while n < 50000:
    n += 1
    if n == 40000:
        sys.settrace(t2)
    if n == 40002:
        sys.settrace(None)
print(n, len(seen))
