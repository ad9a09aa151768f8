# Pairs of instructions Krait runs in one dispatch (LOAD_FAST+LOAD_FAST, STORE_FAST+STORE_FAST, COMPARE_OP+POP_JUMP …)
# must behave exactly like the two instructions, errors and line numbers included.
import sys

def swap_same():
    a, a = 1, 2
    b, c = 3, 4
    return a, b, c
print(swap_same())

def unbound_second():
    x = 1
    if x > 5:
        y = 2
    return x + y
try:
    unbound_second()
except UnboundLocalError as e:
    print("unbound:", e, e.__traceback__.tb_next.tb_lineno)

def store_then_load():
    x = 10
    return x
print(store_then_load())

class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return Weird(self.v < other.v)
    def __bool__(self):
        if self.v is None: raise ValueError("no truth")
        return self.v

def cmp_jump(a, b):
    if a < b:
        return "lt"
    return "ge"
print(cmp_jump(Weird(1), Weird(2)), cmp_jump(Weird(3), Weird(2)), cmp_jump(1, 2), cmp_jump("b", "a"))

class NoTruth:
    def __lt__(self, other): return Weird(None)
def bad_truth():
    n = NoTruth()
    if n < 1:
        return 1
try:
    bad_truth()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print("truth error:", e, tb.tb_lineno, tb.tb_frame.f_code.co_name)

def while_loop(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total
print(while_loop(10), while_loop(0))

def for_loop(seq):
    out = []
    for item in seq:
        out.append(item)
    for a, b in [(1, 2)]:
        out.append(a + b)
    return out
print(for_loop("abc"), for_loop(range(3)), for_loop(iter([7])))

def load_const_load_fast(x):
    return 1 - x, "%s" % x
print(load_const_load_fast(5))

lines = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        lines.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer
def traced(a, b):
    c = a
    d = b
    if c < d:
        return c + d
    return 0
sys.settrace(tracer)
traced(1, 2)
sys.settrace(None)
print(lines)
