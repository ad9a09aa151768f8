# Tracing switched on while a compiled generator runs (it hands its frame to the eval loop) and between resumes.
import sys
def gen(n):
    i = 0
    while i < n:
        if i == 1500:
            sys.settrace(lambda *a: None)
        yield i
        i += 1
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "inner":
        events.append(event)
    return tracer
def inner(n):
    for i in range(n):
        if i == 1200:
            sys.settrace(tracer)
        x = yield i
    return "end"
print(sum(gen(3000)))
sys.settrace(None)
g = inner(2000)
print(sum(g))
sys.settrace(None)
print(len(events), events[:4], events[-3:])
