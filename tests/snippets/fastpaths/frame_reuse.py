# Krait keeps a returned frame for the next call of the same code: nothing of one call may leak into the next.
import sys

def counter(n):
    seen = locals().copy()
    x = n * 2
    return sorted(seen), x
print(counter(1), counter(2))

def who_called():
    return sys._getframe(1).f_code.co_name
def a(): return who_called()
def b(): return who_called()
print(a(), b(), a())

kept = []
def escape(n):
    frame = sys._getframe()
    kept.append(frame)
    return n
escape(1); escape(2)
print([f.f_locals["n"] for f in kept], kept[0] is not kept[1])

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(5))

code = compile("def g():\n    return value\n", "<g>", "exec")
ns1 = {"value": "first"}
ns2 = {"value": "second"}
exec(code, ns1); exec(code, ns2)
g1, g2 = ns1["g"], ns2["g"]
print(g1.__code__ is g2.__code__, g1(), g2(), g1(), g2())

import types
h = types.FunctionType(g1.__code__, {"value": "third"})
print(h(), g1(), h())

def maybe_unbound(flag):
    if flag:
        y = 1
    try:
        return y
    except UnboundLocalError:
        return "unbound"
print(maybe_unbound(True), maybe_unbound(False), maybe_unbound(True))

def gen(n):
    for i in range(n):
        yield i
print(list(gen(3)), list(gen(2)))

def kw(a, b=2, *args, c=3, **kwargs):
    return a, b, args, c, kwargs
print(kw(1), kw(1, 5, 6, c=7, d=8), kw(a=0))

def raiser(n):
    if n:
        raise ValueError(n)
    return "ok"
for n in (0, 1, 0):
    try:
        print(raiser(n))
    except ValueError as e:
        print("caught", e, e.__traceback__.tb_next.tb_frame.f_locals)

def tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "traced":
        print("trace call", frame.f_locals)
    return None
def traced(v):
    return v
traced(1)
sys.settrace(tracer)
traced(2)
sys.settrace(None)
traced(3)
print("done")
