import sys

events = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]))
    elif event == "return" and arg is not None and not isinstance(arg, (int, str)):
        arg = type(arg).__name__
    events.append((event, name, frame.f_lineno, arg))
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        total += add(i, 1)
    return total

def fails():
    x = 1
    raise ValueError("boom")

def catches():
    try:
        fails()
    except ValueError as e:
        return "caught " + str(e)

def gen():
    yield 1
    yield 2

sys.settrace(tracer)
loop(2)
catches()
list(gen())
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
