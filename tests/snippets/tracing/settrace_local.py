import sys

seen = []

def local(frame, event, arg):
    seen.append((event, frame.f_lineno))
    if event == "line" and frame.f_lineno == 17:
        return None          # keeps the local tracer (None doesn't clear it)
    return local

def global_(frame, event, arg):
    seen.append(("global " + event, frame.f_code.co_name))
    if frame.f_code.co_name == "traced":
        return local
    return None             # no local tracing for this frame

def traced():
    a = 1
    b = 2
    return a + b

def untraced():
    a = 1
    return a

sys.settrace(global_)
traced()
untraced()
sys.settrace(None)
print(*seen, sep="\n")

# A tracer that raises is removed and its exception propagates.
def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed")
    return bad

def victim():
    return 1

sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("RuntimeError:", e, sys.gettrace())
sys.settrace(None)
