# A compiled __init__ (run for a class call) that turns tracing on hands its frame back to the eval loop;
# the class call must still return the instance, and a later __init__ returning non-None is a TypeError.
import sys

lines = []
def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "__init__":
        lines.append(frame.f_lineno - Box.__init__.__code__.co_firstlineno)
    return tracer

class Box:
    def __init__(self, v, trace):
        self.v = v
        if trace:
            sys.settrace(tracer)
            sys._getframe().f_trace = tracer
        self.w = v * 2

def make(n):
    out = None
    for i in range(n):
        out = Box(i, i == n - 1)
    return out

b = make(3000)
sys.settrace(None)
print(type(b).__name__, b.v, b.w, lines)

class Bad:
    def __init__(self, i):
        if i == 2999:
            return i

def build(n):
    for i in range(n):
        Bad(i)

try:
    build(3000)
except TypeError as e:
    print("TypeError:", e)
