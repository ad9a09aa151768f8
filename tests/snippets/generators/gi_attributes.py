# gi_frame, gi_running, gi_suspended, gi_code, gi_yieldfrom across a generator's life
def inner():
    yield "i"

def gen(a):
    b = a + 1
    yield b
    yield from inner()

g = gen(1)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_code is gen.__code__)
print("created:", g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_yieldfrom)
print(g.gi_frame.f_lineno == gen.__code__.co_firstlineno)
next(g)
print("suspended:", g.gi_running, g.gi_suspended, sorted(g.gi_frame.f_locals.items()))
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
next(g)
print("in yield from:", type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(next(g, "end"))
print("finished:", g.gi_running, g.gi_suspended, g.gi_frame, g.gi_yieldfrom)
