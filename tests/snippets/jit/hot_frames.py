# Frame introspection of compiled code: line numbers, locals, f_back, closures and cells, class bodies,
# a trace function set in the middle of a hot loop (the frame goes back to the eval loop and is traced).
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def hot(n):
    seen = None
    for i in range(n):
        a = i * 2
        seen = where()
    return seen, sorted(sys._getframe().f_locals)

print(hot(3000))

def make_counter():
    count = 0
    def bump(k):
        nonlocal count
        count += k
        return count
    return bump

bump = make_counter()
for i in range(2500):
    last = bump(1)
print(last, bump.__closure__[0].cell_contents)

def with_del(i):
    x = i
    y = x + 1
    del x
    return y, "x" in locals()

for i in range(1500):
    r = with_del(i)
print(r)

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced_loop":
        events.append((event, frame.f_lineno - traced_loop.__code__.co_firstlineno))
    return tracer

def traced_loop(n):
    total = 0
    for i in range(n):
        total += i
        if i == n - 3:
            sys.settrace(tracer)
            sys._getframe().f_trace = tracer
    return total

print(traced_loop(4000))
sys.settrace(None)
print(events)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

p = Point(0, 0)
for i in range(3000):
    p = p + Point(1, 2)
print(p.x, p.y)
print([k for k in range(3000) if k % 1000 == 0], {k: k * k for k in range(1200)}[1199])
