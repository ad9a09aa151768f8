# An iterator that turns tracing on for the loop's frame from inside __next__ (opcode events only: the first line
# event differs, see the report): UNPACK_SEQUENCE or STORE_FAST and what follows are traced, in every tier.
import sys

events = []
def tracer(frame, event, arg):
    if frame.f_code in (loop.__code__, single.__code__):
        if event == "opcode":
            events.append(frame.f_lasti)
    return tracer

def arming(n):
    for i in range(n):
        if i == 3:
            caller = sys._getframe(1)
            caller.f_trace = tracer
            caller.f_trace_opcodes = True
            sys.settrace(tracer)
        yield i

def single(it):
    t = 0
    for x in it:
        t += x
    return t

def loop(it):
    t = 0
    for i, x in it:
        t += x
    return t

print(loop(enumerate(arming(6))))
sys.settrace(None)
print(events)
events.clear()
print(loop(zip(range(6), arming(6))))
sys.settrace(None)
print(events)
events.clear()

print(single(arming(6)))
sys.settrace(None)
print(events)
events.clear()

# The same loops hot (compiled), armed late.
def hot_pairs(n):
    t = 0
    for i, x in enumerate(arming_late(n)):
        t += x
    return t

def arming_late(n):
    for i in range(n):
        if i == n - 2:
            caller = sys._getframe(1)
            caller.f_trace = tracer2
            caller.f_trace_opcodes = True
            sys.settrace(tracer2)
        yield i

late = []
def tracer2(frame, event, arg):
    if frame.f_code is hot_pairs.__code__ and event == "opcode":
        late.append(frame.f_lasti)
    return tracer2

print(hot_pairs(3000))
sys.settrace(None)
print(late)
